package com.kacrm.domain.organisation;

import java.util.Objects;

import com.kacrm.domain.shared.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sales region (所属区域), e.g. 深圳 (SZ). Its code prefixes lead numbers, so it is short,
 * upper case and never changes once leads exist.
 */
@Entity
@Table(name = "region")
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 8)
	private String code;

	@Embedded
	private LocalizedName name;

	protected Region() {
	}

	public Region(String code, LocalizedName name) {
		this.code = Codes.require(code, "region code");
		this.name = Objects.requireNonNull(name, "name");
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return this.name;
	}

}

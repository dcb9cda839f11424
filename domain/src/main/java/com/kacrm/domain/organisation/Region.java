package com.kacrm.domain.organisation;

import java.util.Objects;

import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A sales region (所属区域), e.g. 深圳 (SZ). Its code prefixes lead numbers, so it is short,
 * upper case and never changes: a region can be renamed, but not re-coded.
 */
@Entity
@Table(name = "region")
public class Region extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 8)
	private String code;

	@Embedded
	private LocalizedName name;

	protected Region() {
	}

	public Region(String code, LocalizedName name) {
		this.code = Codes.require(code);
		this.name = Objects.requireNonNull(name, "name");
	}

	/** Gives the region a new name; the code stays, as lead numbers carry it. */
	public void rename(LocalizedName newName) {
		this.name = Objects.requireNonNull(newName, "newName");
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return this.name;
	}

}

package com.kacrm.domain.reference;

import java.util.Objects;

import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where a lead came from (客户线索来源), in the manual's two levels: a channel such as 互联网 and,
 * below it, the concrete source such as 搜索引擎. A top-level source may stand alone
 * (政府与行业年度总结报告).
 */
@Entity
@Table(name = "lead_source")
public class LeadSource extends VersionedEntity {

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Embedded
	private LocalizedName name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private LeadSource parent;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected LeadSource() {
	}

	public LeadSource(String code, LocalizedName name, LeadSource parent, int sortOrder) {
		this.code = Objects.requireNonNull(code, "code");
		this.name = Objects.requireNonNull(name, "name");
		if (parent != null && parent.parent != null) {
			throw new IllegalArgumentException("Lead sources have two levels only");
		}
		this.parent = parent;
		this.sortOrder = sortOrder;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedName getName() {
		return this.name;
	}

	public LeadSource getParent() {
		return this.parent;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}

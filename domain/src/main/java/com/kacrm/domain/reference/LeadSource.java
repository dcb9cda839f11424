package com.kacrm.domain.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
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
 *
 * <p>
 * Lifecycle: created active, either as a channel or under an active channel; never three
 * levels deep. Names and sort order may change, code and parent never do (leads refer to
 * them). Sources in use are deactivated rather than deleted; a source under an inactive
 * channel cannot be activated. Uniqueness of the code, and of the Chinese name among
 * siblings, is checked by the service.
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

	/**
	 * A new, active source; a channel when {@code parent} is null.
	 * @throws ChangeRejected when the code is malformed, the parent is itself below a
	 * channel or inactive, or the sort order is out of range
	 */
	public LeadSource(String code, LocalizedName name, LeadSource parent, int sortOrder) {
		List<Violation> violations = new ArrayList<>();
		ReferenceRules.checkCode(code, violations);
		if (parent != null && !parent.isTopLevel()) {
			violations.add(Violation.of("parentId", "leadSource.parent.notTopLevel"));
		}
		else if (parent != null && !parent.isActive()) {
			violations.add(Violation.of("parentId", "leadSource.parent.inactive"));
		}
		ReferenceRules.checkSortOrder(sortOrder, violations);
		ChangeRejected.throwIfAny(violations);
		this.code = code;
		this.name = Objects.requireNonNull(name, "name");
		this.parent = parent;
		this.sortOrder = sortOrder;
	}

	/**
	 * Renames the source or moves it within its level.
	 * @throws ChangeRejected when the sort order is out of range
	 */
	public void update(LocalizedName name, int sortOrder) {
		List<Violation> violations = new ArrayList<>();
		ReferenceRules.checkSortOrder(sortOrder, violations);
		ChangeRejected.throwIfAny(violations);
		this.name = Objects.requireNonNull(name, "name");
		this.sortOrder = sortOrder;
	}

	/** No longer offered for new leads; leads that name it keep it. */
	public void deactivate() {
		this.active = false;
	}

	/**
	 * Offers the source again.
	 * @throws ChangeRejected when its channel is inactive
	 */
	public void activate() {
		if (this.parent != null && !this.parent.isActive()) {
			throw ChangeRejected.of(null, "leadSource.parent.inactive");
		}
		this.active = true;
	}

	public boolean isTopLevel() {
		return this.parent == null;
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

package com.kacrm.domain.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One version of the tier criteria (客户分级标准): a consistent {@link TierRule} with who made
 * it, when and why.
 *
 * <p>
 * Lifecycle: version 1 comes from the manual; an admin's edit never changes a version but
 * creates the next one ({@link #next}), which is applied to every account and open lead
 * in the same transaction. Each record's tier names the version that assigned it, so
 * versions are kept for good.
 */
@Entity
@Table(name = "tier_criteria")
public class TierCriteria {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int versionNumber;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	@Column(updatable = false, length = 500)
	private String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "tier_criterion", joinColumns = @JoinColumn(name = "tier_criteria_id"))
	private List<TierCriterion> criteria = new ArrayList<>();

	protected TierCriteria() {
	}

	private TierCriteria(int versionNumber, TierRule rule, Actor actor, Instant createdAt, String note) {
		this.versionNumber = versionNumber;
		this.criteria = new ArrayList<>(rule.criteria());
		this.createdById = actor.userId();
		this.createdByName = actor.name();
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		if (this.note != null && this.note.length() > 500) {
			throw new ChangeRejected(Violation.of("note", "tierCriteria.noteTooLong", 500));
		}
	}

	/**
	 * Version 1, for an installation without criteria.
	 * @throws ChangeRejected when the criteria are inconsistent
	 */
	public static TierCriteria first(List<TierCriterion> criteria, Actor actor, Instant at, String note) {
		return new TierCriteria(1, TierRule.of(criteria), actor, at, note);
	}

	/**
	 * The version after this one with {@code criteria}.
	 * @throws ChangeRejected when the criteria are inconsistent or the same as this
	 * version's
	 */
	public TierCriteria next(List<TierCriterion> criteria, Actor actor, Instant at, String note) {
		TierRule rule = TierRule.of(criteria);
		if (rule.sameAs(rule())) {
			throw ChangeRejected.of(null, "tierCriteria.unchanged");
		}
		return new TierCriteria(this.versionNumber + 1, rule, actor, at, note);
	}

	public TierRule rule() {
		return TierRule.of(this.criteria);
	}

	public Long getId() {
		return this.id;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

	public String getNote() {
		return this.note;
	}

}

package com.kacrm.domain.lead;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.shared.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One lead sheet (客户线索汇总表 JTF001) sent to one region's managers (定期转发): which leads were
 * on it, the period it covers, when it was sent, by whom or by the schedule. It is the
 * record of what was sent when, so it never changes once sent.
 *
 * <p>
 * Invariants: a region's sheets follow each other: a sheet's period starts (exclusive)
 * where the region's previous sheet ended and ends (inclusive) when it is sent; the
 * region's first sheet has no start. The lead count is the number of leads on the sheet.
 * Only people send on demand; the schedule sends as the system (no user id).
 */
@Entity
@Table(name = "lead_distribution")
public class LeadDistribution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false, updatable = false)
	private Region region;

	@Column(name = "period_start", updatable = false)
	private Instant periodStart;

	@Column(name = "period_end", nullable = false, updatable = false)
	private Instant periodEnd;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	@Column(name = "sent_by_id", updatable = false)
	private Long sentById;

	@Column(name = "sent_by_name", nullable = false, updatable = false, length = 100)
	private String sentByName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private DistributionTrigger trigger;

	@Column(name = "lead_count", nullable = false, updatable = false)
	private int leadCount;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "lead_distribution_lead", joinColumns = @JoinColumn(name = "distribution_id"))
	@Column(name = "lead_id", nullable = false)
	private Set<Long> leadIds = new LinkedHashSet<>();

	protected LeadDistribution() {
	}

	private LeadDistribution(Region region, Instant periodStart, Collection<Long> leadIds, Instant at, Actor actor,
			DistributionTrigger trigger) {
		this.region = region;
		this.periodStart = periodStart;
		this.periodEnd = at;
		this.sentAt = at;
		this.sentById = actor.userId();
		this.sentByName = actor.name();
		this.trigger = trigger;
		this.leadIds.addAll(leadIds);
		this.leadCount = this.leadIds.size();
	}

	/**
	 * The region's next sheet, sent at {@code at}: it covers the time since
	 * {@code previous} ended (since ever when {@code previous} is null) and carries
	 * {@code leadIds}.
	 * @throws IllegalArgumentException when {@code previous} is another region's sheet or
	 * did not end before {@code at}, or when a person is missing on demand
	 */
	public static LeadDistribution next(LeadDistribution previous, Region region, Collection<Long> leadIds, Instant at,
			Actor actor, DistributionTrigger trigger) {
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(leadIds, "leadIds");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(trigger, "trigger");
		if (trigger == DistributionTrigger.ON_DEMAND && actor.userId() == null) {
			throw new IllegalArgumentException("Only a person sends a lead sheet on demand");
		}
		Instant start = null;
		if (previous != null) {
			if (!previous.isOf(region)) {
				throw new IllegalArgumentException("The previous sheet is of another region");
			}
			if (!previous.periodEnd.isBefore(at)) {
				throw new IllegalArgumentException(
						"A sheet cannot end at " + at + ", before the previous one ended (" + previous.periodEnd + ")");
			}
			start = previous.periodEnd;
		}
		return new LeadDistribution(region, start, leadIds, at, actor, trigger);
	}

	/**
	 * Whether this sheet goes out at all: a scheduled sheet without leads does not, one
	 * sent on demand always does.
	 */
	public boolean isWorthSending() {
		return this.leadCount > 0 || this.trigger.sendsEmptySheets();
	}

	/** Whether the schedule sent it rather than a person. */
	public boolean isSentBySchedule() {
		return this.trigger == DistributionTrigger.SCHEDULE;
	}

	/** Whether this is the region's first sheet (it then covers everything so far). */
	public boolean isFirst() {
		return this.periodStart == null;
	}

	public boolean isOf(Region other) {
		return other != null && (other == this.region
				|| (other.getId() != null && this.region.getId() != null && other.getId().equals(this.region.getId())));
	}

	public Long getId() {
		return this.id;
	}

	public Region getRegion() {
		return this.region;
	}

	public Instant getPeriodStart() {
		return this.periodStart;
	}

	public Instant getPeriodEnd() {
		return this.periodEnd;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Long getSentById() {
		return this.sentById;
	}

	public String getSentByName() {
		return this.sentByName;
	}

	public DistributionTrigger getTrigger() {
		return this.trigger;
	}

	public int getLeadCount() {
		return this.leadCount;
	}

	public Set<Long> getLeadIds() {
		return Collections.unmodifiableSet(this.leadIds);
	}

}

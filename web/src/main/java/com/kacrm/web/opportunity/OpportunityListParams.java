package com.kacrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.opportunity.OpportunityFilter;
import com.kacrm.web.shared.ListLinks;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The opportunity list's and board's filters as query parameters ({@code milestone},
 * {@code status}, {@code ownerId}, {@code teamId}, {@code industryId}, {@code tier},
 * {@code signingFrom}, {@code signingTo}, {@code amountMin}, {@code amountMax},
 * {@code q}), shared by the list, the board and the API, so a view can be bookmarked.
 */
public class OpportunityListParams {

	private Milestone milestone;

	private OpportunityStatus status;

	private Long ownerId;

	private Long teamId;

	private Long industryId;

	private Tier tier;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signingFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signingTo;

	private BigDecimal amountMin;

	private BigDecimal amountMax;

	private String q;

	public OpportunityFilter toFilter() {
		return new OpportunityFilter(this.milestone, this.status, this.ownerId, this.teamId, this.industryId, this.tier,
				this.signingFrom, this.signingTo, this.amountMin, this.amountMax, blankToNull(this.q));
	}

	/**
	 * Adds the filters that are set to {@code builder}, encoded, so links keep the view;
	 * build it with {@code build(true)}.
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder builder) {
		addAllButMilestoneTo(builder);
		ListLinks.addParam(builder, "milestone", this.milestone);
		return builder;
	}

	/** As {@link #addTo}, without the milestone, for links to one milestone. */
	UriComponentsBuilder addAllButMilestoneTo(UriComponentsBuilder builder) {
		ListLinks.addParam(builder, "q", blankToNull(this.q));
		ListLinks.addParam(builder, "status", this.status);
		ListLinks.addParam(builder, "ownerId", this.ownerId);
		ListLinks.addParam(builder, "teamId", this.teamId);
		ListLinks.addParam(builder, "industryId", this.industryId);
		ListLinks.addParam(builder, "tier", this.tier);
		ListLinks.addParam(builder, "signingFrom", this.signingFrom);
		ListLinks.addParam(builder, "signingTo", this.signingTo);
		ListLinks.addParam(builder, "amountMin", (this.amountMin != null) ? this.amountMin.toPlainString() : null);
		ListLinks.addParam(builder, "amountMax", (this.amountMax != null) ? this.amountMax.toPlainString() : null);
		return builder;
	}

	/** Whether any filter is set. */
	public boolean isFiltered() {
		return this.milestone != null || this.status != null || this.ownerId != null || this.teamId != null
				|| this.industryId != null || this.tier != null || this.signingFrom != null || this.signingTo != null
				|| this.amountMin != null || this.amountMax != null || blankToNull(this.q) != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public void setMilestone(Milestone milestone) {
		this.milestone = milestone;
	}

	public OpportunityStatus getStatus() {
		return this.status;
	}

	public void setStatus(OpportunityStatus status) {
		this.status = status;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getIndustryId() {
		return this.industryId;
	}

	public void setIndustryId(Long industryId) {
		this.industryId = industryId;
	}

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

	public LocalDate getSigningFrom() {
		return this.signingFrom;
	}

	public void setSigningFrom(LocalDate signingFrom) {
		this.signingFrom = signingFrom;
	}

	public LocalDate getSigningTo() {
		return this.signingTo;
	}

	public void setSigningTo(LocalDate signingTo) {
		this.signingTo = signingTo;
	}

	public BigDecimal getAmountMin() {
		return this.amountMin;
	}

	public void setAmountMin(BigDecimal amountMin) {
		this.amountMin = amountMin;
	}

	public BigDecimal getAmountMax() {
		return this.amountMax;
	}

	public void setAmountMax(BigDecimal amountMax) {
		this.amountMax = amountMax;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}

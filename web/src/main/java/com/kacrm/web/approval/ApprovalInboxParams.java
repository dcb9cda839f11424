package com.kacrm.web.approval;

import java.time.LocalDate;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.approval.ApprovalFilter;
import com.kacrm.persistence.approval.ApprovalTab;
import com.kacrm.web.shared.ListLinks;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The approval inbox's tab and filters as query parameters ({@code tab} = pending, mine
 * or all; {@code status}, {@code teamId}, {@code requesterId}, {@code q},
 * {@code submittedFrom}, {@code submittedTo}), so a view can be bookmarked.
 */
public class ApprovalInboxParams {

	private String tab;

	private ApprovalStatus status;

	private Long teamId;

	private Long requesterId;

	private String q;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedTo;

	/**
	 * The tab asked for, or the role's default: the requests waiting for a decision for
	 * managers and admins, their own for reps (who decide nothing).
	 */
	public ApprovalTab tabFor(Role role) {
		ApprovalTab asked = ApprovalTab.of(this.tab);
		if (asked != null) {
			return asked;
		}
		return (role == Role.REP) ? ApprovalTab.MINE : ApprovalTab.PENDING;
	}

	ApprovalFilter toFilter(Role role) {
		return new ApprovalFilter(tabFor(role), this.status, this.teamId, this.requesterId, blankToNull(this.q),
				this.submittedFrom, this.submittedTo);
	}

	/**
	 * Adds the tab and the filters that are set to {@code builder}, encoded; build it
	 * with {@code build(true)}.
	 */
	UriComponentsBuilder addTo(UriComponentsBuilder builder, ApprovalTab tab) {
		ListLinks.addParam(builder, "tab", tab.code());
		return addFiltersTo(builder);
	}

	UriComponentsBuilder addFiltersTo(UriComponentsBuilder builder) {
		ListLinks.addParam(builder, "q", blankToNull(this.q));
		ListLinks.addParam(builder, "status", this.status);
		ListLinks.addParam(builder, "teamId", this.teamId);
		ListLinks.addParam(builder, "requesterId", this.requesterId);
		ListLinks.addParam(builder, "submittedFrom", this.submittedFrom);
		ListLinks.addParam(builder, "submittedTo", this.submittedTo);
		return builder;
	}

	/** Whether any filter is set. */
	public boolean isFiltered() {
		return this.status != null || this.teamId != null || this.requesterId != null || blankToNull(this.q) != null
				|| this.submittedFrom != null || this.submittedTo != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public String getTab() {
		return this.tab;
	}

	public void setTab(String tab) {
		this.tab = tab;
	}

	public ApprovalStatus getStatus() {
		return this.status;
	}

	public void setStatus(ApprovalStatus status) {
		this.status = status;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getRequesterId() {
		return this.requesterId;
	}

	public void setRequesterId(Long requesterId) {
		this.requesterId = requesterId;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public LocalDate getSubmittedFrom() {
		return this.submittedFrom;
	}

	public void setSubmittedFrom(LocalDate submittedFrom) {
		this.submittedFrom = submittedFrom;
	}

	public LocalDate getSubmittedTo() {
		return this.submittedTo;
	}

	public void setSubmittedTo(LocalDate submittedTo) {
		this.submittedTo = submittedTo;
	}

}

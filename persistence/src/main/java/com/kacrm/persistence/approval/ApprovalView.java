package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.LocalizedName;

/**
 * A 立项 request as its page and its print layout show it: the form with the names of the
 * people, competitors and team members it links to, the decision trail, whether it could
 * be submitted now and what the viewer may do with it.
 */
public record ApprovalView(long id, long version, String number, ApprovalStatus status, int round, Deal deal,
		String requesterName, long requesterId, String projectName, String customerNeeds, String valuePositioning,
		BigDecimal estimatedAmount, LocalDate expectedContractDate, String decisionProcess, List<Person> keyPeople,
		List<Named> competitors, List<Member> proposedTeam, BigDecimal requestedBudget, String risks, Instant createdAt,
		Instant submittedAt, String lastActorName, Instant lastActedAt, String lastComment, List<Step> trail,
		Readiness readiness, Permissions may) {

	/** The decider's comment when they sent the request back, else null. */
	public String decidersComment() {
		return this.status.isSentBack() ? this.lastComment : null;
	}

	/** The deal the request is for, as it is now. */
	public record Deal(long id, String name, long accountId, String accountName, LocalizedName teamName,
			Milestone milestone, OpportunityStatus status, boolean locked, BigDecimal expenseBudget) {
	}

	/** A key person: the contact from the org chart and what the requester stated. */
	public record Person(long contactId, String name, String title, String department, BuyingRole role,
			Attitude attitude, Support support, boolean left) {
	}

	/** A competitor named on the request. */
	public record Named(long id, String name) {
	}

	/** A proposed member of the 大客户开拓小组. */
	public record Member(long userId, String name, String responsibility) {
	}

	/** One step of the decision trail. */
	public record Step(int round, ApprovalStatus from, ApprovalStatus to, String actorName, Instant at,
			String comment) {
	}

	/**
	 * Whether the request could be submitted now, and if not what stops it: the deal's
	 * milestone or status ({@code blockKey}, a message key), the mandatory items of
	 * milestone 2 not done, or fields of the form still empty.
	 */
	public record Readiness(boolean ready, String blockKey, List<UnmetItem> unmetItems, List<String> missingFields) {
	}

	/** A mandatory checklist item of milestone 2 not yet done on the deal. */
	public record UnmetItem(long id, String textZh, String textEn) {
	}

	/** What the viewer may do with the request in its current status. */
	public record Permissions(boolean edit, boolean submit, boolean withdraw, boolean decide) {
	}

}

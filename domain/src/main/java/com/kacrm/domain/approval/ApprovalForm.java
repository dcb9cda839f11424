package com.kacrm.domain.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;

/**
 * What the requester writes on the 项目立项申请表 (SPEC 6): the project's name, the customer's
 * needs (客户需求), the value positioning and its fit with our product positioning, the
 * estimated amount in 万元 and expected contract date, the customer's decision process and
 * its key people (from the org chart), the competitors, the proposed 大客户开拓小组, the
 * requested sales-expense budget in 元 and the risks. Texts are trimmed and blank ones
 * become null.
 *
 * <p>
 * A draft may be incomplete ({@link #violations()}: only lengths and ranges); a request
 * is submitted only complete ({@link #submissionViolations()}).
 */
public record ApprovalForm(String projectName, String customerNeeds, String valuePositioning,
		BigDecimal estimatedAmount, LocalDate expectedContractDate, String decisionProcess, List<KeyPerson> keyPeople,
		List<Long> competitorIds, List<ProposedMember> proposedTeam, BigDecimal requestedBudget, String risks) {

	public static final int MAX_TEXT = 2000;

	/** The largest budget one request may ask for, in 元 (fits numeric(14, 2)). */
	public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	public ApprovalForm {
		projectName = Text.optional(projectName);
		customerNeeds = Text.optional(customerNeeds);
		valuePositioning = Text.optional(valuePositioning);
		decisionProcess = Text.optional(decisionProcess);
		risks = Text.optional(risks);
		keyPeople = (keyPeople != null) ? List.copyOf(keyPeople) : List.of();
		competitorIds = (competitorIds != null) ? competitorIds.stream().distinct().toList() : List.of();
		proposedTeam = (proposedTeam != null) ? List.copyOf(proposedTeam) : List.of();
	}

	/** A draft known by the project's name only. */
	public static ApprovalForm named(String projectName) {
		return new ApprovalForm(projectName, null, null, null, null, null, null, null, null, null, null);
	}

	/** Every rule a draft breaks, by form field: lengths, amounts, duplicates. */
	public List<Violation> violations() {
		Violations violations = new Violations();
		if (this.projectName == null) {
			violations.add("projectName", "form.required");
		}
		else if (this.projectName.length() > Opportunity.MAX_NAME) {
			violations.add("projectName", "form.tooLong", Opportunity.MAX_NAME);
		}
		violations.optionalText("customerNeeds", this.customerNeeds, MAX_TEXT)
			.optionalText("valuePositioning", this.valuePositioning, MAX_TEXT)
			.amount("estimatedAmount", this.estimatedAmount)
			.optionalText("decisionProcess", this.decisionProcess, MAX_TEXT)
			.optionalText("risks", this.risks, MAX_TEXT);
		if (this.requestedBudget != null) {
			if (this.requestedBudget.signum() < 0 || this.requestedBudget.compareTo(MAX_BUDGET) > 0
					|| Math.max(this.requestedBudget.scale(), 0) > 2) {
				violations.add("requestedBudget", "approval.error.budget");
			}
		}
		Set<Long> people = new HashSet<>();
		for (KeyPerson person : this.keyPeople) {
			if (!people.add(person.getContactId())) {
				violations.add("keyPeople", "approval.error.personTwice");
				break;
			}
		}
		Set<Long> members = new HashSet<>();
		for (ProposedMember member : this.proposedTeam) {
			if (!members.add(member.getUserId())) {
				violations.add("proposedTeam", "approval.error.memberTwice");
				break;
			}
			if (member.getResponsibility() != null
					&& member.getResponsibility().length() > TeamMember.MAX_RESPONSIBILITY) {
				violations.add("proposedTeam", "form.tooLong", TeamMember.MAX_RESPONSIBILITY);
				break;
			}
		}
		return violations.list();
	}

	/**
	 * Every rule a request to be submitted breaks: those of a draft, and every field the
	 * decider needs is filled in — needs, positioning, amount, expected date, decision
	 * process with at least one key person, at least one team member, the budget and the
	 * risks. Competitors may be none (then the form says so).
	 */
	public List<Violation> submissionViolations(LocalDate today) {
		List<Violation> all = new ArrayList<>(violations());
		Violations violations = new Violations();
		required(violations, "customerNeeds", this.customerNeeds);
		required(violations, "valuePositioning", this.valuePositioning);
		required(violations, "estimatedAmount", this.estimatedAmount);
		if (this.expectedContractDate == null) {
			violations.add("expectedContractDate", "form.required");
		}
		else if (this.expectedContractDate.isBefore(today)) {
			violations.add("expectedContractDate", "approval.error.dateInPast");
		}
		required(violations, "decisionProcess", this.decisionProcess);
		if (this.keyPeople.isEmpty()) {
			violations.add("keyPeople", "approval.error.keyPeopleRequired");
		}
		if (this.proposedTeam.isEmpty()) {
			violations.add("proposedTeam", "approval.error.teamRequired");
		}
		required(violations, "requestedBudget", this.requestedBudget);
		required(violations, "risks", this.risks);
		all.addAll(violations.list());
		return all;
	}

	private static void required(Violations violations, String field, Object value) {
		if (value == null) {
			violations.add(field, "form.required");
		}
	}

}

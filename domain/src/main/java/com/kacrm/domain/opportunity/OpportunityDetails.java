package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;

/**
 * What a rep writes about a deal: its name, the solution or products offered, the
 * estimated amount in 万元, the expected signing date, and the next step with its date.
 * Texts are trimmed and blank ones become null. Status, milestone, probability, owner and
 * team are not part of it: they change only through their own actions.
 */
public record OpportunityDetails(String name, String solution, BigDecimal estimatedAmount,
		LocalDate expectedSigningDate, String nextStep, LocalDate nextStepDate) {

	public static final int MAX_SOLUTION = 2000;

	public static final int MAX_NEXT_STEP = 500;

	public OpportunityDetails {
		name = Text.optional(name);
		solution = Text.optional(solution);
		nextStep = Text.optional(nextStep);
	}

	/** A deal known by its name only, as a lead conversion opens it. */
	public static OpportunityDetails named(String name) {
		return new OpportunityDetails(name, null, null, null, null, null);
	}

	/** Every rule the details break, by form field. */
	public List<Violation> violations() {
		Violations violations = new Violations();
		if (this.name == null) {
			violations.add("name", "opportunity.error.nameRequired");
		}
		else if (this.name.length() > Opportunity.MAX_NAME) {
			violations.add("name", "opportunity.error.nameTooLong", Opportunity.MAX_NAME);
		}
		violations.optionalText("solution", this.solution, MAX_SOLUTION)
			.amount("estimatedAmount", this.estimatedAmount)
			.optionalText("nextStep", this.nextStep, MAX_NEXT_STEP);
		if (this.nextStepDate != null && this.nextStep == null) {
			violations.add("nextStep", "opportunity.error.nextStepWithoutText");
		}
		return violations.list();
	}

}

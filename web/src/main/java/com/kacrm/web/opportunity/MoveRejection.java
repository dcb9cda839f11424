package com.kacrm.web.opportunity;

import java.io.Serializable;
import java.util.List;

import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;

/**
 * Why a move of a deal was refused, for the deal page and the board alike: the mandatory
 * checklist items still missing (a closed gate), or the rules the move broke (message
 * keys with their arguments). Nothing was changed.
 *
 * @param unmet the missing items' texts, Chinese and English
 * @param problems the broken rules as message keys with arguments
 */
public record MoveRejection(long opportunityId, String opportunityName, Milestone milestone, Milestone target,
		List<Item> unmet, List<Problem> problems) implements Serializable {

	public MoveRejection {
		unmet = List.copyOf(unmet);
		problems = List.copyOf(problems);
	}

	/** The refusal of a move past a closed gate. */
	public static MoveRejection of(long opportunityId, String opportunityName, Milestone target, GateClosed ex) {
		return new MoveRejection(opportunityId, opportunityName, ex.milestone(), target,
				ex.unmet().stream().map((item) -> new Item(item.getId(), item.getTextZh(), item.getTextEn())).toList(),
				List.of());
	}

	/** The refusal of a move that breaks a rule. */
	public static MoveRejection of(long opportunityId, String opportunityName, Milestone milestone, Milestone target,
			ChangeRejected ex) {
		return new MoveRejection(opportunityId, opportunityName, milestone, target, List.of(),
				ex.violations()
					.stream()
					.map((violation) -> new Problem(violation.messageKey(), violation.arguments().toArray()))
					.toList());
	}

	public boolean isGateClosed() {
		return !this.unmet.isEmpty();
	}

	/** A missing checklist item. */
	public record Item(Long id, String textZh, String textEn) implements Serializable {

		/** The text in the language of {@code locale}; English falls back to Chinese. */
		public String text(java.util.Locale locale) {
			boolean english = locale != null && "en".equals(locale.getLanguage());
			return (english && this.textEn != null) ? this.textEn : this.textZh;
		}

	}

	/** A broken rule: a message key and its arguments. */
	public record Problem(String key, Object[] arguments) implements Serializable {

	}

}

package com.kacrm.web.approval;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.shared.ChangeRejected;

/**
 * Why submitting or approving a 立项 request was refused, shown once on its page: the
 * mandatory items of milestone 2 the deal still misses (a closed gate), or the rules
 * broken (message keys with arguments). Nothing was changed.
 */
public record ApprovalRefusal(List<Item> unmet, List<Problem> problems) implements Serializable {

	public ApprovalRefusal {
		unmet = List.copyOf(unmet);
		problems = List.copyOf(problems);
	}

	static ApprovalRefusal of(GateClosed ex) {
		return new ApprovalRefusal(
				ex.unmet().stream().map((item) -> new Item(item.getId(), item.getTextZh(), item.getTextEn())).toList(),
				List.of());
	}

	static ApprovalRefusal of(ChangeRejected ex) {
		return new ApprovalRefusal(List.of(), ex.violations()
			.stream()
			.map((violation) -> new Problem(violation.field(), violation.messageKey(), violation.arguments().toArray()))
			.toList());
	}

	public boolean isGateClosed() {
		return !this.unmet.isEmpty();
	}

	/** A missing checklist item of milestone 2. */
	public record Item(Long id, String textZh, String textEn) implements Serializable {

		/** The text in the language of {@code locale}; English falls back to Chinese. */
		public String text(Locale locale) {
			boolean english = locale != null && "en".equals(locale.getLanguage());
			return (english && this.textEn != null) ? this.textEn : this.textZh;
		}

	}

	/** A broken rule: the form field it is about, a message key and its arguments. */
	public record Problem(String field, String key, Object[] arguments) implements Serializable {

	}

}

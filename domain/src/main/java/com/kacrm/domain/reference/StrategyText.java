package com.kacrm.domain.reference;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The marketing strategy (营销战略) reps see next to an industry, in Chinese and English. It
 * starts as the manual's text of the industry's class and admins may word it for their
 * market. English falls back to Chinese when missing.
 */
@Embeddable
public record StrategyText(@Column(name = "strategy_zh", nullable = false, length = 200) String zh,
		@Column(name = "strategy_en", length = 200) String en) implements Serializable {

	public static final int MAX_LENGTH = 200;

	/**
	 * @throws ChangeRejected naming {@code strategyZh} / {@code strategyEn} when a text
	 * is missing or too long
	 */
	public StrategyText {
		List<Violation> violations = new ArrayList<>();
		zh = (zh != null) ? zh.strip() : "";
		en = (en == null || en.isBlank()) ? null : en.strip();
		if (zh.isEmpty()) {
			violations.add(Violation.of("strategyZh", "industry.strategy.required"));
		}
		else if (zh.length() > MAX_LENGTH) {
			violations.add(Violation.of("strategyZh", "industry.strategy.tooLong", MAX_LENGTH));
		}
		if (en != null && en.length() > MAX_LENGTH) {
			violations.add(Violation.of("strategyEn", "industry.strategy.tooLong", MAX_LENGTH));
		}
		ChangeRejected.throwIfAny(violations);
	}

	/**
	 * The text as typed, or the manual's text of {@code strategyClass} when no Chinese
	 * text is given; null when there is neither text nor class (the missing class is the
	 * error to report then).
	 */
	public static StrategyText orManualText(String zh, String en, StrategyClass strategyClass) {
		if (zh == null || zh.isBlank()) {
			return (strategyClass != null) ? strategyClass.manualStrategy() : null;
		}
		return new StrategyText(zh, en);
	}

	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.en != null) ? this.en : this.zh;
	}

}

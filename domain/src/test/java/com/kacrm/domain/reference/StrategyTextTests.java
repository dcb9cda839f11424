package com.kacrm.domain.reference;

import java.util.Locale;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StrategyTextTests {

	@Test
	void eachClassCarriesTheManualsStrategy() {
		assertThat(StrategyClass.MAINSTREAM.manualStrategy().zh()).isEqualTo("重点进攻、大力发展");
		assertThat(StrategyClass.SECONDARY.manualStrategy().zh()).isEqualTo("选择市场、提升潜力");
		assertThat(StrategyClass.NON_MAINSTREAM.manualStrategy().zh()).isEqualTo("顺其自然、选择进攻");
		assertThat(StrategyClass.SECONDARY.manualStrategy().en()).isEqualTo("Choose markets, raise potential");
	}

	@Test
	void anEmptyTextFallsBackToTheManualsTextOfTheClass() {
		assertThat(StrategyText.orManualText(" ", null, StrategyClass.NON_MAINSTREAM))
			.isEqualTo(StrategyClass.NON_MAINSTREAM.manualStrategy());
		assertThat(StrategyText.orManualText("只做华南", "South only", StrategyClass.NON_MAINSTREAM).zh())
			.isEqualTo("只做华南");
		assertThat(StrategyText.orManualText("", null, null)).isNull();
	}

	@Test
	void englishFallsBackToChinese() {
		StrategyText text = new StrategyText("重点进攻", " ");
		assertThat(text.en()).isNull();
		assertThat(text.in(Locale.ENGLISH)).isEqualTo("重点进攻");
		assertThat(new StrategyText("重点进攻", "Attack").in(Locale.ENGLISH)).isEqualTo("Attack");
		assertThat(new StrategyText("重点进攻", "Attack").in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("重点进攻");
	}

	@Test
	void textsAreRequiredInChineseAndAtMost200Characters() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> new StrategyText(null, "x"))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("industry.strategy.required"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new StrategyText("字".repeat(201), "x".repeat(201)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("strategyZh", "strategyEn"));
	}

}

package com.kacrm.domain.reference;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TierCheckTests {

	@Test
	void checksSurviveTheirMachineReadableFormSoHistoryCanShowThemInAnyLanguage() {
		List<TierCheck> checks = List.of(
				new TierCheck(Tier.A, TierMeasure.INDUSTRY_RANK, BigDecimal.valueOf(15), BigDecimal.valueOf(50), true),
				new TierCheck(Tier.A, TierMeasure.ANNUAL_REVENUE, null, new BigDecimal("40000.0000"), false));
		String encoded = TierCheck.encodeAll(checks);
		assertThat(encoded).isEqualTo("A:INDUSTRY_RANK:15:50:1;A:ANNUAL_REVENUE::40000:0");
		assertThat(TierCheck.decodeAll(encoded)).extracting(TierCheck::describeInChinese)
			.containsExactly("行业排名 15 ≤ 50", "年营业额 未知 ，要求 ≥ 40000");
	}

	@Test
	void noChecksOrTextThatIsNotAnEncodingDecodeToNothing() {
		assertThat(TierCheck.encodeAll(List.of())).isNull();
		assertThat(TierCheck.decodeAll(null)).isEmpty();
		assertThat(TierCheck.decodeAll("审批意见：同意")).isEmpty();
		assertThat(TierCheck.decodeAll("Z:INDUSTRY_RANK:1:2:1")).isEmpty();
	}

}

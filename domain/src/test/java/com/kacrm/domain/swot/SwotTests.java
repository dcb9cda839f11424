package com.kacrm.domain.swot;

import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A dated SWOT (初阶SWOT分析): at least one quadrant, never dated in the future, due again
 * six months after its date (半年一扫描).
 */
class SwotTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	static final Actor REP = new Actor(7L, "张伟");

	final Account account = new Account("深圳华鹏汽车配件有限公司",
			new Team("SZ", new LocalizedName("华南", null), new Region("SZ", new LocalizedName("深圳", null))), null, null,
			new TierProfile(null, null, null), NOW);

	@Test
	void aSwotKeepsItsQuadrantsDateAndAuthorWithBlanksLeftOut() {
		Swot swot = new Swot(this.account, new SwotContent(" 交期稳定 ", "价格偏高", "  ", "博世降价"), TODAY.minusDays(3), TODAY,
				REP, NOW);

		assertThat(swot.getStrengths()).isEqualTo("交期稳定");
		assertThat(swot.getOpportunities()).isNull();
		assertThat(swot.getThreats()).isEqualTo("博世降价");
		assertThat(swot.getAssessedOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(swot.getCreatedByName()).isEqualTo("张伟");
		assertThat(swot.getCreatedById()).isEqualTo(7L);
	}

	@Test
	void anEmptySwotIsRefused() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Swot(this.account, new SwotContent(" ", null, "", null), TODAY, TODAY, REP, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("swot.error.empty"));
	}

	@Test
	void aSwotDatedInTheFutureIsRefusedOnItsDate() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Swot(this.account, new SwotContent("交期稳定", null, null, null), TODAY.plusDays(1),
					TODAY, REP, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("assessedOn", "swot.error.future")));
	}

	@Test
	void aSwotWithoutADateIsRefused() {
		assertThat(Swot.violationsOf(new SwotContent("交期稳定", null, null, null), null, TODAY))
			.extracting(Violation::field, Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("assessedOn", "form.required"));
	}

	@Test
	void aTooLongQuadrantIsRefusedOnItsField() {
		assertThat(Swot.violationsOf(new SwotContent(null, "长".repeat(Swot.MAX_TEXT + 1), null, null), TODAY, TODAY))
			.extracting(Violation::field)
			.containsExactly("weaknesses");
	}

	@Test
	void aSwotIsDueExactlySixMonthsAfterItsDate() {
		Swot swot = new Swot(this.account, new SwotContent("交期稳定", null, null, null), LocalDate.of(2026, 5, 22), TODAY,
				REP, NOW);

		assertThat(swot.isDue(LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(swot.isDue(LocalDate.of(2026, 11, 22))).isTrue();
		assertThat(swot.isDue(LocalDate.of(2027, 3, 1))).isTrue();
	}

	@Test
	void sixMonthsFromTheEndOfAMonthEndAtTheEndOfTheShorterMonth() {
		assertThat(Swot.isDue(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 2, 27))).isFalse();
		assertThat(Swot.isDue(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 2, 28))).isTrue();
	}

	@Test
	void anAccountWithoutASwotIsDue() {
		assertThat(Swot.isDue(null, TODAY)).isTrue();
	}

}

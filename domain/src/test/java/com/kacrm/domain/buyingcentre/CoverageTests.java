package com.kacrm.domain.buyingcentre;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.buyingcentre.Coverage.Finding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The coverage rules of a deal's buying centre: which key roles are held, the warnings
 * and which of them are critical.
 */
class CoverageTests {

	private long nextId = 1;

	@Test
	void aBuyingCentreWithoutAFinalApproverHasACriticalWarning() {
		Coverage coverage = Coverage.of(List.of(seat("陈总", BuyingRole.DECISION_MAKER, Support.CHAMPION, 4),
				seat("李工", BuyingRole.EVALUATOR, Support.SUPPORTER, 3),
				seat("赵班长", BuyingRole.END_USER, Support.NEUTRAL, 2)));

		assertThat(coverage.has(CoverageWarning.NO_FINAL_APPROVER)).isTrue();
		assertThat(coverage.findings().get(0).warning()).isEqualTo(CoverageWarning.NO_FINAL_APPROVER);
		assertThat(CoverageWarning.NO_FINAL_APPROVER.isCritical()).isTrue();
		assertThat(coverage.isComplete()).isFalse();
	}

	@Test
	void addingAFinalApproverClearsTheWarningAndCompletesTheCoverage() {
		List<Seat> seats = new ArrayList<>(List.of(seat("陈总", BuyingRole.DECISION_MAKER, Support.CHAMPION, 4),
				seat("李工", BuyingRole.EVALUATOR, Support.SUPPORTER, 3),
				seat("赵班长", BuyingRole.END_USER, Support.NEUTRAL, 2)));
		seats.add(seat("王董", BuyingRole.FINAL_APPROVER, Support.SUPPORTER, 3));

		Coverage coverage = Coverage.of(seats);

		assertThat(coverage.has(CoverageWarning.NO_FINAL_APPROVER)).isFalse();
		assertThat(coverage.findings()).isEmpty();
		assertThat(coverage.isComplete()).isTrue();
		assertThat(coverage.roles())
			.extracting((role) -> role.role(), (role) -> role.holders().size(), (role) -> role.bestSupport())
			.containsExactly(tuple(BuyingRole.FINAL_APPROVER, 1, Support.SUPPORTER),
					tuple(BuyingRole.DECISION_MAKER, 1, Support.CHAMPION),
					tuple(BuyingRole.EVALUATOR, 1, Support.SUPPORTER), tuple(BuyingRole.END_USER, 1, Support.NEUTRAL));
	}

	@Test
	void aFinalApproverWhoLeftTheCustomerNoLongerCounts() {
		Seat gone = new Seat(this.nextId++, "王董", BuyingRole.FINAL_APPROVER, Support.OPPONENT, 3, false);
		Coverage coverage = Coverage.of(List.of(gone, seat("陈总", BuyingRole.DECISION_MAKER, Support.CHAMPION, 4)));

		assertThat(coverage.has(CoverageWarning.NO_FINAL_APPROVER)).isTrue();
		assertThat(coverage.has(CoverageWarning.FINAL_APPROVER_OPPOSED)).isFalse();
		assertThat(coverage.counted()).isEqualTo(1);
	}

	@Test
	void anOpposedDecisionMakerIsCriticalAndNamed() {
		Coverage coverage = Coverage.of(List.of(seat("王董", BuyingRole.FINAL_APPROVER, Support.CHAMPION, 4),
				seat("孙总", BuyingRole.DECISION_MAKER, Support.OPPONENT, 4)));

		assertThat(coverage.findings()).contains(new Finding(CoverageWarning.DECISION_MAKER_OPPOSED, "孙总"));
		assertThat(CoverageWarning.DECISION_MAKER_OPPOSED.isCritical()).isTrue();
		assertThat(coverage.isComplete()).isFalse();
	}

	@Test
	void theMostFavourableSupportAmongHoldersCounts() {
		Coverage coverage = Coverage.of(List.of(seat("孙总", BuyingRole.DECISION_MAKER, Support.OPPONENT, 4),
				seat("陈总", BuyingRole.DECISION_MAKER, Support.SUPPORTER, 4)));

		assertThat(coverage.roles().get(1).bestSupport()).isEqualTo(Support.SUPPORTER);
	}

	@Test
	void withoutAChampionThereIsAWarningButNotACriticalOne() {
		Coverage coverage = Coverage.of(List.of(seat("王董", BuyingRole.FINAL_APPROVER, Support.SUPPORTER, 4),
				seat("陈总", BuyingRole.DECISION_MAKER, Support.NEUTRAL, 4),
				seat("李工", BuyingRole.EVALUATOR, Support.SUPPORTER, 3),
				seat("赵班长", BuyingRole.END_USER, Support.NEUTRAL, 2)));

		assertThat(coverage.findings()).extracting(Finding::warning).containsExactly(CoverageWarning.NO_CHAMPION);
		assertThat(CoverageWarning.NO_CHAMPION.isCritical()).isFalse();
		assertThat(coverage.isComplete()).isTrue();
	}

	@Test
	void aShallowRelationshipWithADeciderIsAWarningAboutThatPerson() {
		Coverage coverage = Coverage.of(List.of(seat("王董", BuyingRole.FINAL_APPROVER, Support.CHAMPION, 2),
				seat("陈总", BuyingRole.DECISION_MAKER, Support.SUPPORTER, 3),
				seat("赵班长", BuyingRole.END_USER, Support.NEUTRAL, 1)));

		assertThat(coverage.findings())
			.filteredOn((finding) -> finding.warning() == CoverageWarning.SHALLOW_KEY_RELATIONSHIP)
			.extracting(Finding::person)
			.containsExactly("王董");
	}

	@Test
	void anEmptyBuyingCentreMissesEveryKeyRoleButAsksForNoChampionYet() {
		Coverage coverage = Coverage.of(List.of());

		assertThat(coverage.findings()).extracting(Finding::warning)
			.containsExactly(CoverageWarning.NO_FINAL_APPROVER, CoverageWarning.NO_DECISION_MAKER,
					CoverageWarning.NO_EVALUATOR, CoverageWarning.NO_END_USER);
	}

	private Seat seat(String name, BuyingRole role, Support support, int depth) {
		return new Seat(this.nextId++, name, role, support, depth);
	}

}

package com.kacrm.persistence.valuation;

import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.test.AnalysisWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Dated value assessments with the seeded model: stored with their result, class and
 * level put on the account with history, the trend oldest first, the account's scope.
 */
@PersistenceTest
class AccountValuationServiceIntegrationTests {

	@Autowired
	AccountValuationService valuations;

	@Autowired
	AccountService accounts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	AnalysisWorld world;

	@BeforeEach
	void world() {
		this.world = new AnalysisWorld(this.entities, this.accounts);
	}

	@Test
	void anAssessmentIsStoredAndPutsClassAndLevelOnTheAccountWithHistory() {
		long account = this.world.southAccount;

		ValuationRow row = this.valuations.assess(account, scores(5), "年度评估", this.world.southRep);
		this.entities.flush();
		this.entities.clear();

		assertThat(row.portfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
		assertThat(row.pyramidLevel()).isEqualTo(PyramidLevel.TOP);
		assertThat(row.totalScore()).isEqualByComparingTo("5");
		assertThat(this.valuations.latestOf(account, this.world.southManager)).hasValueSatisfying((latest) -> {
			assertThat(latest.id()).isEqualTo(row.id());
			assertThat(latest.scores()).containsEntry(ValueCriterion.TECHNICAL_SYNERGY, 5);
			assertThat(latest.note()).isEqualTo("年度评估");
			assertThat(latest.assessedByName()).isEqualTo(this.world.southRep.name());
		});
		Account stored = this.entities.find(Account.class, account);
		assertThat(stored.getPortfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
		assertThat(stored.getPyramidLevel()).isEqualTo(PyramidLevel.TOP);
		assertThat(this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, account)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple(AccountValuationService.TOTAL_FIELD, null, "5"),
					tuple("account.portfolioClass", null, "FAT_SHEEP"), tuple("account.pyramidLevel", null, "TOP"));
	}

	@Test
	void theTrendListsEveryAssessmentOldestFirstAndTheLatestIsTheLast() {
		long account = this.world.southAccount;
		ValuationRow first = this.valuations.assess(account, scores(2), null, this.world.southRep);
		ValuationRow second = this.valuations.assess(account, scores(4), null, this.world.southRep);
		ValuationRow third = this.valuations.assess(account, scores(3), null, this.world.southManager);
		this.entities.flush();

		assertThat(this.valuations.trendOf(account, this.world.southRep)).extracting(ValuationRow::id)
			.containsExactly(first.id(), second.id(), third.id());
		assertThat(this.valuations.latestOf(account, this.world.southRep)).map(ValuationRow::id).contains(third.id());
		assertThat(this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, account)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple(AccountValuationService.TOTAL_FIELD, "4", "3"));
	}

	@Test
	void aRefusedAssessmentSavesNothing() {
		long account = this.world.southAccount;
		Map<ValueCriterion, Integer> scores = scores(3);
		scores.put(ValueCriterion.BUDGET_TREND, 9);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.valuations.assess(account, scores, null, this.world.southRep));
		assertThat(this.valuations.trendOf(account, this.world.southRep)).isEmpty();
		assertThat(this.entities.find(Account.class, account).getPortfolioClass()).isNull();
	}

	@Test
	void aRepOfAnotherTeamNeitherSeesNorMakesAssessments() {
		long account = this.world.southAccount;
		this.valuations.assess(account, scores(3), null, this.world.southRep);

		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.valuations.trendOf(account, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.valuations.latestOf(account, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.valuations.assess(account, scores(3), null, this.world.eastRep));
		assertThat(this.valuations.trendOf(account, this.world.admin)).hasSize(1);
	}

	static Map<ValueCriterion, Integer> scores(int all) {
		Map<ValueCriterion, Integer> map = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			map.put(criterion, all);
		}
		return map;
	}

}

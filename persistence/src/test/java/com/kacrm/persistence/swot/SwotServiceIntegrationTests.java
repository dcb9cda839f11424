package com.kacrm.persistence.swot;

import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.swot.SwotContent;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.test.AnalysisWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SWOTs of accounts: newest first with the due flag, a new one noted in the account's
 * history, the account's scope, and the list of accounts due a new scan (半年一扫描).
 */
@PersistenceTest
class SwotServiceIntegrationTests {

	static final SwotContent CONTENT = new SwotContent("交期稳定，本地服务", "价格高于博世", "新产线扩建", "博世降价 10%");

	@Autowired
	SwotService swots;

	@Autowired
	AccountService accounts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	AnalysisWorld world;

	LocalDate today;

	@BeforeEach
	void world() {
		this.world = new AnalysisWorld(this.entities, this.accounts);
		this.today = this.swots.today();
	}

	@Test
	void swotsComeNewestFirstWithTheirDueFlag() {
		long account = this.world.southAccount;
		long old = this.swots.add(account, CONTENT, this.today.minusMonths(6), this.world.southRep);
		long recent = this.swots.add(account, new SwotContent(null, null, "扩产", null), this.today.minusDays(2),
				this.world.southRep);

		List<SwotRow> rows = this.swots.swotsOf(account, this.world.southManager);

		assertThat(rows).extracting(SwotRow::id).containsExactly(recent, old);
		assertThat(rows).extracting(SwotRow::due).containsExactly(false, true);
		assertThat(rows.get(1).strengths()).isEqualTo("交期稳定，本地服务");
		assertThat(rows.get(1).createdByName()).isEqualTo(this.world.southRep.name());
	}

	@Test
	void aSwotWithoutDateIsDatedTodayAndNotedInTheAccountHistory() {
		long account = this.world.southAccount;
		this.swots.add(account, CONTENT, null, this.world.southRep);
		this.entities.flush();

		assertThat(this.swots.swotsOf(account, this.world.southRep)).singleElement()
			.satisfies((row) -> assertThat(row.assessedOn()).isEqualTo(this.today));
		assertThat(this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, account)))
			.filteredOn((row) -> SwotService.ADDED_FIELD.equals(row.field()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.newValue()).isEqualTo(this.today.toString());
				assertThat(row.actorName()).isEqualTo(this.world.southRep.name());
			});
	}

	@Test
	void anEmptyOrFutureSwotIsRefusedAndNothingSaved() {
		long account = this.world.southAccount;
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.swots.add(account, new SwotContent("", null, null, null), this.today.plusDays(1),
					this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("swot.error.empty", "swot.error.future"));
		assertThat(this.swots.swotsOf(account, this.world.southRep)).isEmpty();
	}

	@Test
	void aRepOfAnotherTeamFindsNoSwotsAndCannotAddOne() {
		long account = this.world.southAccount;
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.swots.swotsOf(account, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.swots.add(account, CONTENT, null, this.world.eastRep));
		assertThat(this.swots.swotsOf(account, this.world.admin)).isEmpty();
	}

	@Test
	void theDueListHasTheScopesAccountsWithoutSwotOrWithOneSixMonthsOldNeverScannedFirst() {
		long never = AnalysisWorld.account(this.accounts, "从未分析" + AnalysisWorld.code(""), this.world.southTeam);
		long sevenMonths = AnalysisWorld.account(this.accounts, "七个月" + AnalysisWorld.code(""), this.world.southTeam);
		long sixMonths = AnalysisWorld.account(this.accounts, "六个月" + AnalysisWorld.code(""), this.world.southTeam);
		long fresh = AnalysisWorld.account(this.accounts, "刚分析" + AnalysisWorld.code(""), this.world.southTeam);
		this.swots.add(sevenMonths, CONTENT, this.today.minusMonths(7), this.world.southRep);
		this.swots.add(sixMonths, CONTENT, this.today.minusMonths(6), this.world.southRep);
		this.swots.add(fresh, CONTENT, this.today.minusMonths(6).plusDays(1), this.world.southRep);
		this.swots.add(this.world.eastAccount, CONTENT, this.today.minusYears(1), this.world.eastRep);
		this.entities.flush();

		List<SwotDueRow> due = this.swots.dueAccounts(this.world.southRep, 10);

		assertThat(due).extracting(SwotDueRow::accountId).hasSize(4);
		assertThat(due.subList(0, 2)).extracting(SwotDueRow::accountId)
			.containsExactlyInAnyOrder(never, this.world.southAccount);
		assertThat(due.subList(0, 2)).extracting(SwotDueRow::lastSwotOn).containsOnlyNulls();
		assertThat(due.subList(2, 4)).extracting(SwotDueRow::accountId, SwotDueRow::lastSwotOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(sevenMonths, this.today.minusMonths(7)),
					org.assertj.core.groups.Tuple.tuple(sixMonths, this.today.minusMonths(6)));
		assertThat(this.swots.dueAccounts(this.world.southRep, 1)).hasSize(1);
		assertThat(this.swots.dueAccounts(this.world.eastRep, 10)).extracting(SwotDueRow::accountId)
			.containsExactly(this.world.eastAccount);
	}

	@Test
	void theAdminsDueListCoversEveryTeam() {
		assertThat(this.swots.dueAccounts(this.world.admin, 100_000)).extracting(SwotDueRow::accountId)
			.contains(this.world.southAccount, this.world.eastAccount);
	}

}

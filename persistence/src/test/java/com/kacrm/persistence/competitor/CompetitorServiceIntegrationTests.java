package com.kacrm.persistence.competitor;

import java.time.Instant;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.RecordNotFoundException;
import com.kacrm.persistence.test.AnalysisWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Competitors as shared records (unique by name key, edited by anyone with history),
 * their presence at accounts and in opportunities within the account's scope, with
 * history.
 */
@PersistenceTest
class CompetitorServiceIntegrationTests {

	@Autowired
	CompetitorService competitors;

	@Autowired
	AccountService accounts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	AnalysisWorld world;

	String name;

	@BeforeEach
	void world() {
		this.world = new AnalysisWorld(this.entities, this.accounts);
		this.name = "博世" + AnalysisWorld.code("");
	}

	@Test
	void aCompetitorIsCreatedFoundAndItsCreationKept() {
		long id = this.competitors.create(details(this.name), this.world.eastRep);

		assertThat(this.competitors.show(id).products()).isEqualTo("散热器");
		assertThat(this.competitors.search(this.name.toLowerCase(), PageRequest.of(0, 10)).getContent())
			.extracting(CompetitorRow::id)
			.containsExactly(id);
		assertThat(this.competitors.choices()).extracting(CompetitorChoice::id).contains(id);
		assertThat(this.competitors.historyOf(id)).extracting(HistoryRow::field, HistoryRow::newValue)
			.containsExactly(tuple("competitor.name", this.name));
	}

	@Test
	void aSecondCompetitorWithTheSameNameKeyIsRefusedOnTheName() {
		this.competitors.create(details(this.name), this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.competitors.create(details(this.name + "有限公司"), this.world.eastRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("name", "competitor.error.duplicate")));
	}

	@Test
	void anyoneEditsACompetitorWithTheVersionReadAndTheChangeIsKept() {
		long id = this.competitors.create(details(this.name), this.world.southRep);
		this.entities.flush();
		long version = this.competitors.show(id).version();

		this.competitors.update(id, version, new CompetitorDetails(this.name, "散热器、冷凝器", "价格低", null, "深圳办事处 5 人"),
				this.world.eastRep);
		this.entities.flush();

		assertThat(this.competitors.show(id).products()).isEqualTo("散热器、冷凝器");
		assertThat(this.competitors.historyOf(id)).extracting(HistoryRow::field, HistoryRow::actorName)
			.contains(tuple("competitor.products", this.world.eastRep.name()));
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.competitors.update(id, version, details(this.name), this.world.southRep));
	}

	@Test
	void renamingOntoAnotherCompetitorIsRefused() {
		long other = this.competitors.create(details(this.name), this.world.southRep);
		long id = this.competitors.create(details("电装" + AnalysisWorld.code("")), this.world.southRep);
		this.entities.flush();

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.competitors.update(id,
				this.competitors.show(id).version(), details(this.name), this.world.southRep));
		assertThat(this.competitors.show(other).name()).isEqualTo(this.name);
	}

	@Test
	void presencesAtAnAccountAreAddedDescribedAndRemovedWithTheAccountsHistory() {
		long account = this.world.southAccount;
		long id = this.competitors.create(details(this.name), this.world.southRep);
		this.competitors.addPresence(account, id, "现有主力供应商，份额约 60%", this.world.southRep);
		this.entities.flush();
		assertThat(this.competitors.presencesAt(account, this.world.southManager))
			.extracting(PresenceRow::competitorId, PresenceRow::position)
			.containsExactly(tuple(id, "现有主力供应商，份额约 60%"));

		this.competitors.updatePosition(account, id, "份额降到 40%", this.world.southRep);
		this.entities.flush();
		assertThat(this.competitors.presencesAt(account, this.world.southRep)).extracting(PresenceRow::position)
			.containsExactly("份额降到 40%");

		this.competitors.removePresence(account, id, this.world.southRep);
		this.entities.flush();
		assertThat(this.competitors.presencesAt(account, this.world.southRep)).isEmpty();
		assertThat(this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, account)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple(CompetitorService.ACCOUNT_FIELD, null, this.name),
					tuple(CompetitorService.POSITION_FIELD, this.name + ": 现有主力供应商，份额约 60%", this.name + ": 份额降到 40%"),
					tuple(CompetitorService.ACCOUNT_FIELD, this.name, null));
	}

	@Test
	void aCompetitorIsNotedAtAnAccountOnlyOnce() {
		long id = this.competitors.create(details(this.name), this.world.southRep);
		this.competitors.addPresence(this.world.southAccount, id, null, this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.competitors.addPresence(this.world.southAccount, id, "又一次", this.world.southRep))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("competitorId"));
	}

	@Test
	void aNewCompetitorIsCreatedAtAnAccountInOneStepOrNotAtAll() {
		long id = this.competitors.createAt(this.world.southAccount, details(this.name), "二号供应商", this.world.southRep);
		assertThat(this.competitors.presencesAt(this.world.southAccount, this.world.southRep))
			.extracting(PresenceRow::competitorId, PresenceRow::position)
			.containsExactly(tuple(id, "二号供应商"));

		String other = "电装" + AnalysisWorld.code("");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.competitors.createAt(this.world.southAccount, details(other), "长".repeat(501),
					this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("position"));
		assertThat(this.competitors.search(other, PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void presencesFollowTheAccountsScope() {
		long id = this.competitors.create(details(this.name), this.world.southRep);
		this.competitors.addPresence(this.world.southAccount, id, "主力", this.world.southRep);
		this.competitors.addPresence(this.world.eastAccount, id, "备选", this.world.eastRep);
		this.entities.flush();

		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.competitors.presencesAt(this.world.southAccount, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.competitors.addPresence(this.world.southAccount, id, null, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.competitors.removePresence(this.world.southAccount, id, this.world.eastRep));
		assertThat(this.competitors.accountsOf(id, this.world.eastRep))
			.extracting(CompetitorAccountRow::accountId, CompetitorAccountRow::position)
			.containsExactly(tuple(this.world.eastAccount, "备选"));
		assertThat(this.competitors.accountsOf(id, this.world.admin)).extracting(CompetitorAccountRow::accountId)
			.containsExactlyInAnyOrder(this.world.southAccount, this.world.eastAccount);
	}

	@Test
	void competitorsInAnOpportunityAreListedWithTheirPositionAddedAndRemovedWithHistory() {
		long opportunity = opportunity(this.world.southAccount);
		long id = this.competitors.create(details(this.name), this.world.southRep);
		this.competitors.addPresence(this.world.southAccount, id, "主力", this.world.southRep);

		assertThat(this.competitors.addToOpportunity(opportunity, id, this.world.southRep))
			.isEqualTo(this.world.southAccount);
		this.entities.flush();
		assertThat(this.competitors.competitorsIn(opportunity, this.world.southManager))
			.extracting(PresenceRow::competitorId, PresenceRow::position)
			.containsExactly(tuple(id, "主力"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.competitors.addToOpportunity(opportunity, id, this.world.southRep));

		this.competitors.removeFromOpportunity(opportunity, id, this.world.southRep);
		this.entities.flush();
		assertThat(this.competitors.competitorsIn(opportunity, this.world.southRep)).isEmpty();
		assertThat(this.history.latestOf(new HistorySubject(CompetitorService.OPPORTUNITY, opportunity)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactly(tuple(CompetitorService.OPPORTUNITY_FIELD, this.name, null),
					tuple(CompetitorService.OPPORTUNITY_FIELD, null, this.name));
	}

	@Test
	void anOpportunityOfAnotherTeamIsNotFound() {
		long opportunity = opportunity(this.world.southAccount);
		long id = this.competitors.create(details(this.name), this.world.southRep);

		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.competitors.competitorsIn(opportunity, this.world.eastRep));
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.competitors.addToOpportunity(opportunity, id, this.world.eastRep));
		assertThatExceptionOfType(RecordNotFoundException.class)
			.isThrownBy(() -> this.competitors.competitorsIn(-1, this.world.admin));
	}

	private long opportunity(long accountId) {
		Account account = this.entities.find(Account.class, accountId);
		return this.entities
			.persist(new Opportunity(OpportunityDetails.named("新产线散热器"), account, null, 5, this.world.southRep.actor(),
					Instant.now()))
			.getId();
	}

	static CompetitorDetails details(String name) {
		return new CompetitorDetails(name, "散热器", "价格低", "交期长", null);
	}

}

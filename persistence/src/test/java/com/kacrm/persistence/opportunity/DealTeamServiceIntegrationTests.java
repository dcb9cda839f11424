package com.kacrm.persistence.opportunity;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.test.OrgChartWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The development team (大客户开拓小组) of a deal on the real database: members of the deal's
 * team join with a responsibility and leave again, each step in the deal's history;
 * people of other teams are refused; other teams' reps find nothing. Each test rolls
 * back.
 */
@PersistenceTest
class DealTeamServiceIntegrationTests {

	@Autowired
	DealTeamService teams;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	User colleague;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
		Opportunity deal = this.entities.find(Opportunity.class, this.world.opportunityId);
		this.colleague = this.entities.persist(new User("colleague" + this.world.opportunityId, "同组李工", "{test}x",
				Role.REP, deal.getTeam(), Instant.now()));
		this.entities.flush();
	}

	@Test
	void aColleagueJoinsWithAResponsibilityAndLeavesAgainEachStepInTheHistory() {
		assertThat(this.teams.candidates(this.world.opportunityId, this.world.rep)).extracting(TeamCandidate::userId)
			.contains(this.world.rep.userId(), this.colleague.getId())
			.doesNotContain(this.world.otherTeamRep.userId());

		this.teams.add(this.world.opportunityId, this.colleague.getId(), "技术方案", this.world.rep);
		this.world.clear();

		assertThat(this.teams.members(this.world.opportunityId, this.world.rep))
			.extracting(TeamMemberRow::userId, TeamMemberRow::name, TeamMemberRow::responsibility)
			.containsExactly(tuple(this.colleague.getId(), "同组李工", "技术方案"));
		assertThat(this.teams.candidates(this.world.opportunityId, this.world.rep)).extracting(TeamCandidate::userId)
			.doesNotContain(this.colleague.getId());

		this.teams.remove(this.world.opportunityId, this.colleague.getId(), this.world.rep);
		this.world.clear();

		assertThat(this.teams.members(this.world.opportunityId, this.world.rep)).isEmpty();
		List<HistoryRow> rows = this.history
			.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.world.opportunityId));
		assertThat(rows).filteredOn((row) -> row.field().equals(DealTeamService.MEMBERS_FIELD))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple(null, "同组李工"), tuple("同组李工", null));
	}

	@Test
	void someoneOfAnotherTeamOrTwiceOnTheTeamIsRefused() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.teams.add(this.world.opportunityId, this.world.otherTeamRep.userId(), null, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("userId", "opportunity.team.outsideTeam")));
		this.teams.add(this.world.opportunityId, this.colleague.getId(), null, this.world.rep);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.teams.add(this.world.opportunityId, this.colleague.getId(), "再次", this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("opportunity.team.already"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.teams.remove(this.world.opportunityId, this.world.rep.userId(), this.world.rep));
		assertThat(this.teams.members(this.world.opportunityId, this.world.rep)).hasSize(1);
	}

	@Test
	void aRepOfAnotherTeamFindsNeitherTheDealNorItsTeam() {
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.teams.members(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.teams.candidates(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(() -> this.teams
			.add(this.world.opportunityId, this.world.otherTeamRep.userId(), null, this.world.otherTeamRep));
		assertThat(this.teams.members(this.world.opportunityId, this.world.rep)).isEmpty();
	}

}

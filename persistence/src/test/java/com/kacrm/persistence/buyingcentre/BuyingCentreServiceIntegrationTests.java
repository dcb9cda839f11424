package com.kacrm.persistence.buyingcentre;

import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.CoverageWarning;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
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
 * Buying centres on the real database: seats per deal, the coverage that follows, the
 * deal's history and who may see and change them. Each test rolls back.
 */
@PersistenceTest
class BuyingCentreServiceIntegrationTests {

	@Autowired
	BuyingCentreService buyingCentres;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
	}

	@Test
	void theSamePersonHoldsADifferentRoleOnEachDeal() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, null);
		this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.EVALUATOR, Attitude.PRAGMATIST,
				Support.SUPPORTER, this.world.rep);
		this.buyingCentres.assign(this.world.otherOpportunityId, chen, BuyingRole.FINAL_APPROVER, null, Support.NEUTRAL,
				this.world.rep);
		this.world.clear();

		assertThat(this.buyingCentres.membersOf(this.world.opportunityId, this.world.rep))
			.extracting(BuyingCentreMemberRow::name, BuyingCentreMemberRow::role, BuyingCentreMemberRow::attitude,
					BuyingCentreMemberRow::support)
			.containsExactly(tuple("陈总", BuyingRole.EVALUATOR, Attitude.PRAGMATIST, Support.SUPPORTER));
		assertThat(this.buyingCentres.membersOf(this.world.otherOpportunityId, this.world.rep))
			.extracting(BuyingCentreMemberRow::role, BuyingCentreMemberRow::roleSymbol)
			.containsExactly(tuple(BuyingRole.FINAL_APPROVER, "※"));
	}

	@Test
	void assigningAgainChangesTheSeatAndTheDealsHistoryKeepsEveryStep() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, null);
		this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.EVALUATOR, null, Support.NEUTRAL,
				this.world.rep);
		this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.DECISION_MAKER, Attitude.CONSERVATIVE,
				Support.CHAMPION, this.world.rep);
		this.buyingCentres.remove(this.world.opportunityId, chen, this.world.rep);
		this.world.clear();

		assertThat(this.buyingCentres.membersOf(this.world.opportunityId, this.world.rep)).isEmpty();
		List<HistoryRow> rows = this.history
			.latestOf(new HistorySubject(BuyingCentreService.OPPORTUNITY, this.world.opportunityId));
		assertThat(rows).extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple("buyingCentre.role", null, "EVALUATOR"), tuple("buyingCentre.support", null, "NEUTRAL"),
					tuple("buyingCentre.role", "EVALUATOR", "DECISION_MAKER"),
					tuple("buyingCentre.attitude", null, "CONSERVATIVE"),
					tuple("buyingCentre.support", "NEUTRAL", "CHAMPION"),
					tuple("buyingCentre.role", "DECISION_MAKER", null));
		assertThat(rows).allSatisfy((row) -> assertThat(row.subjectLabel()).isEqualTo("散热器替换项目 · 陈总"));
	}

	@Test
	void theCoverageWarnsOfAMissingFinalApproverUntilOneIsAssigned() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 4, null);
		long li = this.world.person("李工", ContactLevel.IMPLEMENTATION, 3, chen);
		this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.DECISION_MAKER, null, Support.CHAMPION,
				this.world.rep);
		this.buyingCentres.assign(this.world.opportunityId, li, BuyingRole.EVALUATOR, null, Support.SUPPORTER,
				this.world.rep);

		CoverageView before = this.buyingCentres.coverage(this.world.opportunityId, this.world.rep);
		assertThat(before.memberCount()).isEqualTo(2);
		assertThat(before.findings()).extracting((finding) -> finding.warning())
			.contains(CoverageWarning.NO_FINAL_APPROVER);
		assertThat(before.hasCritical()).isTrue();

		long wang = this.world.person("王董", ContactLevel.IMAGE, 4, null);
		this.buyingCentres.assign(this.world.opportunityId, wang, BuyingRole.FINAL_APPROVER, null, Support.SUPPORTER,
				this.world.rep);
		CoverageView after = this.buyingCentres.coverage(this.world.opportunityId, this.world.rep);
		assertThat(after.findings()).extracting((finding) -> finding.warning())
			.doesNotContain(CoverageWarning.NO_FINAL_APPROVER);
		assertThat(after.roles().get(0).holders()).extracting((seat) -> seat.name()).containsExactly("王董");
	}

	@Test
	void aRepOfAnotherTeamFindsNeitherTheDealNorItsBuyingCentre() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, null);
		assertThatExceptionOfType(BuyingCentreNotFoundException.class)
			.isThrownBy(() -> this.buyingCentres.membersOf(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(BuyingCentreNotFoundException.class)
			.isThrownBy(() -> this.buyingCentres.coverage(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(BuyingCentreNotFoundException.class)
			.isThrownBy(() -> this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.END_USER, null,
					Support.NEUTRAL, this.world.otherTeamRep));
		assertThat(this.buyingCentres.membersOf(this.world.opportunityId, this.world.rep)).isEmpty();
	}

	@Test
	void aSeatNeedsARoleAndASupport() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, null);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.buyingCentres.assign(this.world.opportunityId, chen, null, null, Support.NEUTRAL,
					this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field()).containsExactly("role"));
	}

	@Test
	void aPersonWhoLeftKeepsTheirSeatUnchangedAndNoLongerCountsForCoverage() {
		long wang = this.world.person("王董", ContactLevel.IMAGE, 3, null);
		this.buyingCentres.assign(this.world.opportunityId, wang, BuyingRole.FINAL_APPROVER, null, Support.SUPPORTER,
				this.world.rep);
		this.contacts.leave(this.world.accountId, wang,
				this.contacts.show(this.world.accountId, wang, this.world.rep).version(), this.world.rep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.buyingCentres.assign(this.world.opportunityId, wang, BuyingRole.FINAL_APPROVER, null,
					Support.OPPONENT, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.left"));
		this.world.clear();
		assertThat(this.buyingCentres.membersOf(this.world.opportunityId, this.world.rep))
			.extracting(BuyingCentreMemberRow::support, BuyingCentreMemberRow::active)
			.containsExactly(tuple(Support.SUPPORTER, false));
		assertThat(this.buyingCentres.coverage(this.world.opportunityId, this.world.rep).findings())
			.extracting((finding) -> finding.warning())
			.contains(CoverageWarning.NO_FINAL_APPROVER);
	}

}

package com.kacrm.persistence.orgchart;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.CoverageWarning;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.buyingcentre.BuyingCentreNotFoundException;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.test.OrgChartWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The org chart as read from the real database: people, typed lines, the roles of the
 * selected deal, who may see it, and a fixed number of queries. Each test rolls back.
 */
@PersistenceTest
class OrgChartServiceIntegrationTests {

	@Autowired
	OrgChartService charts;

	@Autowired
	BuyingCentreService buyingCentres;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
	}

	@Test
	void theChartHasTheActivePeopleWithReportingAndInfluenceLinesTyped() {
		long boss = this.world.person("王董", ContactLevel.IMAGE, 2, null);
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, boss);
		long li = this.world.person("李工", ContactLevel.IMPLEMENTATION, 4, chen);
		long gone = this.world.person("赵离职", ContactLevel.USAGE, 1, null);
		this.contacts.addInfluence(this.world.accountId, li, boss, "王董很听李工的技术意见", this.world.rep);
		this.contacts.leave(this.world.accountId, gone, 0, this.world.rep);
		this.world.clear();

		OrgChart chart = this.charts.chart(this.world.accountId, null, this.world.rep);

		assertThat(chart.nodes()).extracting(OrgChartNode::name).containsExactly("王董", "陈总", "李工");
		assertThat(chart.nodes()).filteredOn((node) -> node.id() == li)
			.extracting(OrgChartNode::reportsToId, OrgChartNode::depth, OrgChartNode::role)
			.containsExactly(tuple(chen, 4, null));
		assertThat(chart.edges())
			.extracting(OrgChartEdge::type, OrgChartEdge::from, OrgChartEdge::to, OrgChartEdge::note)
			.containsExactlyInAnyOrder(tuple(OrgChartEdge.Type.REPORTING, boss, chen, null),
					tuple(OrgChartEdge.Type.REPORTING, chen, li, null),
					tuple(OrgChartEdge.Type.INFLUENCE, li, boss, "王董很听李工的技术意见"));
		assertThat(chart.influences()).singleElement().satisfies((edge) -> assertThat(edge.influenceId()).isNotNull());
		assertThat(chart.opportunities()).hasSize(2);
		assertThat(chart.selectedOpportunityId()).isNull();
		assertThat(chart.coverage()).isNull();
	}

	@Test
	void eachDealShowsItsOwnRolesForTheSamePeople() {
		long chen = this.world.person("陈总", ContactLevel.DECISION, 3, null);
		this.buyingCentres.assign(this.world.opportunityId, chen, BuyingRole.EVALUATOR, Attitude.EARLY_ADOPTER,
				Support.CHAMPION, this.world.rep);
		this.buyingCentres.assign(this.world.otherOpportunityId, chen, BuyingRole.FINAL_APPROVER, null,
				Support.OPPONENT, this.world.rep);
		this.world.clear();

		OrgChart first = this.charts.chart(this.world.accountId, this.world.opportunityId, this.world.rep);
		OrgChart second = this.charts.chart(this.world.accountId, this.world.otherOpportunityId, this.world.rep);

		assertThat(first.nodes()).singleElement()
			.extracting(OrgChartNode::role, OrgChartNode::roleSymbol, OrgChartNode::attitude, OrgChartNode::support)
			.containsExactly(BuyingRole.EVALUATOR, "=", Attitude.EARLY_ADOPTER, Support.CHAMPION);
		assertThat(second.nodes()).singleElement()
			.extracting(OrgChartNode::role, OrgChartNode::roleSymbol, OrgChartNode::support)
			.containsExactly(BuyingRole.FINAL_APPROVER, "※", Support.OPPONENT);
		assertThat(first.coverage().findings()).extracting((finding) -> finding.warning())
			.contains(CoverageWarning.NO_FINAL_APPROVER);
		assertThat(second.coverage().findings()).extracting((finding) -> finding.warning())
			.contains(CoverageWarning.FINAL_APPROVER_OPPOSED)
			.doesNotContain(CoverageWarning.NO_FINAL_APPROVER);
		assertThat(second.selectedOpportunity().name()).isEqualTo("冷却系统二期项目");
	}

	@Test
	void aRepOfAnotherTeamGetsNotFound() {
		this.world.person("陈总", ContactLevel.DECISION, 3, null);
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.charts.chart(this.world.accountId, null, this.world.otherTeamRep));
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(
				() -> this.charts.chart(this.world.accountId, this.world.opportunityId, this.world.otherTeamRep));
	}

	@Test
	void aDealOfAnotherAccountIsNotFound() {
		OrgChartWorld other = new OrgChartWorld(this.entities, this.accounts, this.contacts);
		assertThatExceptionOfType(BuyingCentreNotFoundException.class)
			.isThrownBy(() -> this.charts.chart(this.world.accountId, other.opportunityId, this.world.rep));
	}

	@Test
	void theNumberOfQueriesDoesNotGrowWithThePeople() {
		OrgChartWorld small = this.world;
		OrgChartWorld large = new OrgChartWorld(this.entities, this.accounts, this.contacts);
		fill(small, 3);
		fill(large, 40);
		small.clear();

		long smallQueries = queriesOf(() -> this.charts.chart(small.accountId, small.opportunityId, small.rep));
		long largeQueries = queriesOf(() -> this.charts.chart(large.accountId, large.opportunityId, large.rep));

		assertThat(largeQueries).isEqualTo(smallQueries).isLessThanOrEqualTo(10);
	}

	private void fill(OrgChartWorld target, int people) {
		Long top = target.person("总经理", ContactLevel.DECISION, 3, null);
		long previous = top;
		for (int i = 1; i < people; i++) {
			long id = target.person("员工" + i, ContactLevel.USAGE, 2, (i % 3 == 0) ? previous : top);
			this.buyingCentres.assign(target.opportunityId, id, BuyingRole.END_USER, null, Support.NEUTRAL, target.rep);
			if (i % 4 == 0) {
				this.contacts.addInfluence(target.accountId, id, top, null, target.rep);
			}
			previous = id;
		}
	}

	private long queriesOf(Runnable read) {
		Statistics statistics = this.entities.getEntityManager()
			.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		this.entities.flush();
		this.entities.clear();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		read.run();
		long count = statistics.getPrepareStatementCount();
		statistics.setStatisticsEnabled(false);
		return count;
	}

}

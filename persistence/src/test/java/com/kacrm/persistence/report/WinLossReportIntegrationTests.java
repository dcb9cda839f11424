package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The win/loss report on the real database with deals of a team of its own: two won (one
 * with a contract above its estimate), three lost for different reasons (two to
 * competitors), one still open. The numbers are exact; a rep sees their own deals only;
 * the period and the filters narrow the figures.
 */
@PersistenceTest
class WinLossReportIntegrationTests {

	@Autowired
	WinLossReport report;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	AccountService accounts;

	@Autowired
	CompetitorService competitors;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	TestEntityManager entities;

	Team team;

	Viewer admin;

	Viewer rep;

	Viewer otherRep;

	long autoParts;

	long radiators;

	long rival;

	long otherRival;

	String rivalName;

	@BeforeEach
	void closeDeals() {
		Region region = this.entities.persist(new Region(code("R"), new LocalizedName("区" + code(""), null)));
		this.team = this.entities.persist(new Team(code("T"), new LocalizedName("队" + code(""), null), region));
		this.admin = viewer(user(Role.ADMIN, null));
		User manager = user(Role.MANAGER, this.team);
		this.team.appointManager(manager);
		this.rep = viewer(user(Role.REP, this.team));
		this.otherRep = viewer(user(Role.REP, this.team));
		this.entities.flush();
		this.autoParts = account("汽车配件客户", "AUTO_PARTS", this.rep);
		this.radiators = account("散热器客户", "RADIATORS", this.otherRep);
		this.rivalName = "对手甲" + code("");
		this.rival = this.competitors.create(new CompetitorDetails(this.rivalName, null, null, null, null), this.admin);
		this.otherRival = this.competitors.create(new CompetitorDetails("对手乙" + code(""), null, null, null, null),
				this.admin);

		long wonWithContract = deal(this.autoParts, "赢单一", "100", this.rep);
		this.competitors.addToOpportunity(wonWithContract, this.rival, this.admin);
		win(wonWithContract);
		this.opportunities.recordContract(wonWithContract, version(wonWithContract), new BigDecimal("120"),
				new BigDecimal("10"), this.calendar.today(), this.admin);
		long lostOnPrice = deal(this.autoParts, "丢单一", "50", this.rep);
		this.opportunities.markLost(lostOnPrice, version(lostOnPrice), LossReason.PRICE, this.rival, "价格高", this.rep);
		long lostToCompetitor = deal(this.radiators, "丢单二", "200", this.otherRep);
		this.opportunities.markLost(lostToCompetitor, version(lostToCompetitor), LossReason.COMPETITOR, this.otherRival,
				"对手关系好", this.otherRep);
		long wonWithoutContract = deal(this.radiators, "赢单二", "300", this.otherRep);
		this.competitors.addToOpportunity(wonWithoutContract, this.rival, this.admin);
		this.competitors.addToOpportunity(wonWithoutContract, this.otherRival, this.admin);
		win(wonWithoutContract);
		long lostForBudget = deal(this.radiators, "丢单三", "30", this.otherRep);
		this.opportunities.markLost(lostForBudget, version(lostForBudget), LossReason.BUDGET, null, "没有预算",
				this.otherRep);
		deal(this.autoParts, "未结束", "70", this.rep);
		this.entities.flush();
	}

	@Test
	void theTotalsCountWonAndLostDealsWithTheirAmountsAndWinRate() {
		WinLossRow total = teamReport(this.admin).total();
		assertThat(total.won()).isEqualTo(2);
		assertThat(total.lost()).isEqualTo(3);
		assertThat(total.wonAmount()).as("the contract where there is one, else the estimate")
			.isEqualByComparingTo("420");
		assertThat(total.lostAmount()).isEqualByComparingTo("280");
		assertThat(total.winRate()).isEqualByComparingTo("40.0");
	}

	@Test
	void lostDealsAreCountedByReasonWithEveryCategoryListed() {
		Map<LossReason, WinLossReasonRow> reasons = teamReport(this.admin).byReason()
			.stream()
			.collect(Collectors.toMap(WinLossReasonRow::reason, (row) -> row));
		assertThat(reasons).hasSize(LossReason.values().length);
		assertThat(reasons.get(LossReason.PRICE).lost()).isEqualTo(1);
		assertThat(reasons.get(LossReason.PRICE).lostAmount()).isEqualByComparingTo("50");
		assertThat(reasons.get(LossReason.COMPETITOR).lost()).isEqualTo(1);
		assertThat(reasons.get(LossReason.COMPETITOR).lostAmount()).isEqualByComparingTo("200");
		assertThat(reasons.get(LossReason.BUDGET).lost()).isEqualTo(1);
		assertThat(reasons.get(LossReason.BUDGET).lostAmount()).isEqualByComparingTo("30");
		assertThat(reasons.get(LossReason.TIMING).lost()).isZero();
	}

	@Test
	void industriesTiersAndCompetitorsEachGetTheirWonAndLostDeals() {
		WinLossResult result = teamReport(this.admin);
		assertThat(result.byIndustry())
			.extracting((r) -> r.nameZh() + ":" + r.won() + "/" + r.lost() + ":"
					+ r.wonAmount().stripTrailingZeros().toPlainString() + "/"
					+ r.lostAmount().stripTrailingZeros().toPlainString() + ":" + r.winRate())
			.containsExactlyInAnyOrder(industryName("AUTO_PARTS") + ":1/1:120/50:50.0",
					industryName("RADIATORS") + ":1/2:300/230:33.3");
		assertThat(result.byTier().stream().mapToLong(WinLossRow::won).sum()).isEqualTo(2);
		assertThat(result.byTier().stream().mapToLong(WinLossRow::lost).sum()).isEqualTo(3);

		List<WinLossRow> byCompetitor = result.byCompetitor();
		assertThat(byCompetitor).extracting(WinLossRow::key)
			.as("the competitor who took most deals first")
			.containsExactly(String.valueOf(this.rival), String.valueOf(this.otherRival));
		WinLossRow rivalLine = byCompetitor.get(0);
		assertThat(rivalLine.nameZh()).isEqualTo(this.rivalName);
		assertThat(rivalLine.lost()).as("the deal lost to it").isEqualTo(1);
		assertThat(rivalLine.lostAmount()).isEqualByComparingTo("50");
		assertThat(rivalLine.won()).as("the won deals it competed for").isEqualTo(2);
		assertThat(rivalLine.wonAmount()).isEqualByComparingTo("420");
		WinLossRow otherLine = byCompetitor.get(1);
		assertThat(otherLine.lost()).isEqualTo(1);
		assertThat(otherLine.lostAmount()).isEqualByComparingTo("200");
		assertThat(otherLine.won()).isEqualTo(1);
		assertThat(otherLine.wonAmount()).isEqualByComparingTo("300");
	}

	@Test
	void aRepSeesOnlyTheirOwnDealsWhateverTheyFilter() {
		WinLossRow own = this.report.compute(period(null, null), this.rep).total();
		assertThat(own.won()).isEqualTo(1);
		assertThat(own.lost()).isEqualTo(1);
		assertThat(own.wonAmount()).isEqualByComparingTo("120");
		assertThat(own.lostAmount()).isEqualByComparingTo("50");

		WinLossRow filtered = this.report.compute(period(null, this.otherRep.userId()), this.rep).total();
		assertThat(filtered.lostAmount()).as("never the other rep's deals").isLessThanOrEqualTo(new BigDecimal("50"));
		assertThat(filtered.wonAmount()).isLessThanOrEqualTo(new BigDecimal("120"));
	}

	@Test
	void theFiltersAndThePeriodNarrowTheFigures() {
		WinLossRow otherRepOnly = this.report.compute(period(this.team.getId(), this.otherRep.userId()), this.admin)
			.total();
		assertThat(otherRepOnly.won()).isEqualTo(1);
		assertThat(otherRepOnly.lost()).isEqualTo(2);

		LocalDate tomorrow = this.calendar.today().plusDays(1);
		WinLossRow later = this.report
			.compute(new ReportFilter(this.team.getId(), null, null, null, tomorrow, tomorrow.plusDays(30)), this.admin)
			.total();
		assertThat(later.closed()).isZero();
		assertThat(later.winRate()).isNull();
	}

	private WinLossResult teamReport(Viewer viewer) {
		return this.report.compute(period(this.team.getId(), null), viewer);
	}

	private ReportFilter period(Long teamId, Long ownerId) {
		LocalDate today = this.calendar.today();
		return new ReportFilter(teamId, ownerId, null, null, today.minusDays(1), today);
	}

	private void win(long deal) {
		for (Milestone milestone : List.of(Milestone.CALL_AND_VISIT, Milestone.PROJECT_APPROVAL, Milestone.DEEP_CONTACT,
				Milestone.SOLUTION_AND_TENDER, Milestone.NEGOTIATION, Milestone.CONTRACT_SIGNED)) {
			this.milestones.move(deal, null, milestone, "测试中经理批准跳过", true, this.admin);
		}
	}

	private long account(String name, String industryCode, Viewer owner) {
		return this.accounts.create(new AccountDraft(code(name), industryCode, 300, new BigDecimal("500"),
				new BigDecimal("10"), "深圳市宝安区", "0755-2345 6789", null, "精密冲压件", null, null, null, null, null,
				DecisionMode.CENTRALISED, Lifecycle.PROSPECT, RelationshipStage.OUTSIDER), this.team.getCode(), null,
				owner, true);
	}

	private long deal(long accountId, String name, String amount, Viewer owner) {
		return this.opportunities.create(accountId, new OpportunityDetails(code(name), null, new BigDecimal(amount),
				this.calendar.today().plusMonths(3), null, null), owner);
	}

	private long version(long deal) {
		return this.opportunities.show(deal, this.admin).version();
	}

	private String industryName(String code) {
		return this.entities.getEntityManager()
			.createQuery("select i.name.zh from Industry i where i.code = :code", String.class)
			.setParameter("code", code)
			.getSingleResult();
	}

	private User user(Role role, Team userTeam) {
		String username = "u" + code("").toLowerCase();
		return this.entities.persist(new User(username, "用户" + username, "{test}x", role, userTeam, Instant.now()));
	}

	private static Viewer viewer(User user) {
		return new Viewer(user.getId(), user.getDisplayName(), user.getRole(),
				(user.getTeam() != null) ? user.getTeam().getCode() : null);
	}

	private static String code(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}

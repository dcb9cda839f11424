package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.industry.IndustryNoteService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager KPIs on the real database with constructed data: each figure counts a
 * record inside the period (Q1 2021 in Shanghai) and leaves out one just outside it; reps
 * see only their own line, managers their teams; team totals are sums.
 */
@PersistenceTest
class KpiReportIntegrationTests {

	static final LocalDate JAN_1 = LocalDate.of(2021, 1, 1);

	static final LocalDate MAR_31 = LocalDate.of(2021, 3, 31);

	/** 2021-01-01 00:30 in Shanghai, still 2020 in UTC. */
	static final Instant FIRST_MINUTES = Instant.parse("2020-12-31T16:30:00Z");

	/** 2020-12-31 23:59 in Shanghai. */
	static final Instant JUST_BEFORE = Instant.parse("2020-12-31T15:59:00Z");

	/** 2021-04-01 00:01 in Shanghai, still March in UTC. */
	static final Instant JUST_AFTER = Instant.parse("2021-03-31T16:01:00Z");

	/** 2021-03-31 23:59 in Shanghai. */
	static final Instant LAST_MINUTE = Instant.parse("2021-03-31T15:59:00Z");

	@Autowired
	KpiReport report;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	CompetitorService competitors;

	@Autowired
	IndustryNoteService notes;

	ApprovalWorld world;

	long industryId;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities.getEntityManager(), this.context);
		this.industryId = this.jdbc.sql("select id from industry where active order by id limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void everyFigureCountsWhatHappenedInThePeriodAndNothingJustOutsideIt() {
		Viewer rep = this.world.southRep;
		long wonIn = won(rep, "100", LocalDate.of(2021, 2, 10), FIRST_MINUTES);
		won(rep, "50", LocalDate.of(2021, 4, 1), JUST_BEFORE);
		payment(wonIn, "30", MAR_31);
		payment(wonIn, "5", LocalDate.of(2020, 12, 31));
		this.world.approved(this.world.accountId, rep, this.world.southManager, "一月立项", "10", "1000", FIRST_MINUTES);
		this.world.approved(this.world.accountId, rep, this.world.southManager, "四月立项", "10", "1000", JUST_AFTER);
		created("competitor", this.competitors.create(competitor("竞品甲"), rep), LAST_MINUTE);
		created("competitor", this.competitors.create(competitor("竞品乙"), rep), JUST_AFTER);
		long accountIn = account(rep, "期内客户");
		created("account", accountIn, FIRST_MINUTES);
		created("account", account(rep, "期外客户"), JUST_BEFORE);
		created("contact", contact(accountIn, rep, "钱工"), LAST_MINUTE);
		created("contact", this.world.contactId, JUST_AFTER);
		created("industry_note", this.notes.create(this.industryId, "行业标题", "行业内容", null, rep), FIRST_MINUTES);
		created("industry_note", this.notes.create(this.industryId, "旧行业标题", "旧内容", null, rep), JUST_BEFORE);
		this.entities.flush();
		this.entities.clear();

		KpiResult result = this.report.report(filter(null, null), this.world.admin);

		KpiFigures figures = repLine(result, rep.userId()).figures();
		assertThat(figures.revenue()).isEqualByComparingTo("100");
		assertThat(figures.wonDeals()).isEqualTo(1);
		assertThat(figures.paymentsReceived()).isEqualByComparingTo("30");
		assertThat(figures.newProjects()).isEqualTo(1);
		assertThat(figures.approvedProposals()).isEqualTo(1);
		assertThat(figures.competitorRecords()).isEqualTo(1);
		assertThat(figures.customerRecords()).isEqualTo(2);
		assertThat(figures.industryRecords()).isEqualTo(1);
		assertThat(figures.informationCollected()).isEqualTo(4);
		// today: the world's account (filed now) is in time, the two filed in 2020/2021
		// and never contacted are overdue
		assertThat(figures.accounts()).isEqualTo(3);
		assertThat(figures.accountsInTime()).isEqualTo(1);
		assertThat(figures.cadenceKeptPercent()).isEqualByComparingTo("33.3");
		KpiFigures other = repLine(result, this.world.otherSouthRep.userId()).figures();
		assertThat(other.revenue()).isEqualByComparingTo("0");
		assertThat(other.informationCollected()).isZero();
		assertThat(other.cadenceKeptPercent()).isNull();
	}

	@Test
	void aTeamsLineIsTheSumOfItsRepsAndCadenceIsWeightedByAccounts() {
		won(this.world.southRep, "100", LocalDate.of(2021, 2, 10), FIRST_MINUTES);
		won(this.world.otherSouthRep, "20.5", LocalDate.of(2021, 3, 1), FIRST_MINUTES);
		created("account", account(this.world.otherSouthRep, "乙的客户"), FIRST_MINUTES);
		this.entities.flush();

		KpiResult result = this.report.report(filter(this.world.southTeam.getId(), null), this.world.admin);

		assertThat(result.teams()).singleElement().satisfies((team) -> {
			assertThat(team.teamId()).isEqualTo(this.world.southTeam.getId());
			assertThat(team.total().revenue()).isEqualByComparingTo("120.5");
			assertThat(team.total().newProjects()).isEqualTo(2);
			assertThat(team.total().customerRecords()).isEqualTo(1);
			long accounts = team.reps().stream().mapToLong((r) -> r.figures().accounts()).sum();
			long inTime = team.reps().stream().mapToLong((r) -> r.figures().accountsInTime()).sum();
			assertThat(team.total().accounts()).isEqualTo(accounts);
			assertThat(team.total().accountsInTime()).isEqualTo(inTime);
		});
		assertThat(result.total().revenue()).isEqualByComparingTo("120.5");
	}

	@Test
	void aRepSeesOnlyTheirOwnLineEvenWhenFilteringAnotherRep() {
		won(this.world.otherSouthRep, "20", LocalDate.of(2021, 3, 1), FIRST_MINUTES);
		this.entities.flush();

		KpiResult own = this.report.report(filter(null, null), this.world.southRep);
		KpiResult filtered = this.report.report(filter(null, this.world.otherSouthRep.userId()), this.world.southRep);

		assertThat(own.reps()).extracting(KpiRep::userId).containsExactly(this.world.southRep.userId());
		assertThat(filtered.reps()).isEmpty();
	}

	@Test
	void aManagerSeesThePeopleOfTheTeamsTheyManage() {
		KpiResult result = this.report.report(filter(null, null), this.world.southManager);

		assertThat(result.teams()).extracting(KpiTeam::teamId).containsExactly(this.world.southTeam.getId());
		assertThat(result.reps()).extracting(KpiRep::userId)
			.contains(this.world.southRep.userId(), this.world.otherSouthRep.userId(), this.world.southManager.userId())
			.doesNotContain(this.world.eastRep.userId());
	}

	@Test
	void theDefaultPeriodIsTheCurrentCalendarQuarter() {
		KpiResult result = this.report.report(ReportFilter.none(), this.world.southRep);

		assertThat(result.from().getDayOfMonth()).isEqualTo(1);
		assertThat((result.from().getMonthValue() - 1) % 3).isZero();
		assertThat(result.to()).isEqualTo(result.from().plusMonths(3).minusDays(1));
		assertThat(result.from()).isBeforeOrEqualTo(LocalDate.now().plusDays(1));
	}

	@Test
	void recordsKeepWhoFiledThem() {
		long account = account(this.world.southRep, "建档人客户");
		long contact = contact(account, this.world.southManager, "孙工");
		long competitor = this.competitors.create(competitor("建档竞品"), this.world.eastRep);
		this.entities.flush();

		assertThat(createdBy("account", account)).isEqualTo(this.world.southRep.userId());
		assertThat(createdBy("contact", contact)).isEqualTo(this.world.southManager.userId());
		assertThat(createdBy("competitor", competitor)).isEqualTo(this.world.eastRep.userId());
		assertThat(createdBy("account", this.world.accountId)).isNull();
	}

	@Test
	void anIndustryNoteWithoutTitleIsRejectedAndNothingIsSaved() {
		long before = this.jdbc.sql("select count(*) from industry_note").query(Long.class).single();

		org.assertj.core.api.Assertions.assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.notes.create(this.industryId, " ", "内容", null, this.world.southRep));

		assertThat(this.jdbc.sql("select count(*) from industry_note").query(Long.class).single()).isEqualTo(before);
	}

	private ReportFilter filter(Long teamId, Long ownerId) {
		return new ReportFilter(teamId, ownerId, null, null, JAN_1, MAR_31);
	}

	private static KpiRep repLine(KpiResult result, long userId) {
		return result.reps().stream().filter((r) -> r.userId() == userId).findFirst().orElseThrow();
	}

	private long won(Viewer owner, String amount, LocalDate signedOn, Instant createdAt) {
		long account = (owner.userId().equals(this.world.southRep.userId())) ? this.world.accountId
				: account(owner, "赢单客户");
		long deal = this.world.newDeal("赢单");
		this.entities.flush();
		this.jdbc.sql("""
				update opportunity set status = 'WON', milestone = 'CONTRACT_SIGNED', contract_amount = :amount,
				contract_signed_on = :signed, closed_at = :created, created_at = :created, owner_id = :owner,
				account_id = :account where id = :id""")
			.param("amount", new BigDecimal(amount))
			.param("signed", signedOn)
			.param("created", java.sql.Timestamp.from(createdAt))
			.param("owner", owner.userId())
			.param("account", account)
			.param("id", deal)
			.update();
		return deal;
	}

	private void payment(long deal, String amount, LocalDate receivedOn) {
		this.jdbc.sql("""
				insert into opportunity_payment (opportunity_id, amount, received_on, recorded_at, recorded_by_name)
				values (:deal, :amount, :on, now(), 'test')""")
			.param("deal", deal)
			.param("amount", new BigDecimal(amount))
			.param("on", receivedOn)
			.update();
	}

	private void created(String table, long id, Instant at) {
		this.entities.flush();
		this.jdbc.sql("update " + table + " set created_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private Long createdBy(String table, long id) {
		return this.jdbc.sql("select created_by_id from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private long account(Viewer owner, String name) {
		String username = this.jdbc.sql("select username from app_user where id = :id")
			.param("id", owner.userId())
			.query(String.class)
			.single();
		long teamId = this.jdbc.sql("select team_id from app_user where id = :id")
			.param("id", owner.userId())
			.query(Long.class)
			.single();
		String teamCode = this.jdbc.sql("select code from team where id = :id")
			.param("id", teamId)
			.query(String.class)
			.single();
		return this.accounts.create(
				new NewAccount(name + ApprovalWorld.code(""), teamCode, username, null, null, null, null),
				owner.actor(), true);
	}

	private long contact(long accountId, Viewer by, String name) {
		return this.contacts.add(accountId,
				new NewContact(
						new ContactDetails(name, "工程师", "设备部", null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
						null),
				by);
	}

	private static CompetitorDetails competitor(String name) {
		return new CompetitorDetails(name + ApprovalWorld.code(""), null, null, null, null);
	}

}

package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.shared.NameMatches;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The opportunity list, the board and the compliance report on the real database: the
 * viewer's scope is part of the query (a rep sees their team's deals, never another
 * team's), every filter narrows the list, sorting and paging, the board's columns with
 * their counts and amounts, and the overrides with the items they skipped. Each test
 * rolls back; every deal's name carries the test's marker, which the search filters by.
 */
@PersistenceTest
class OpportunityListServiceIntegrationTests {

	@Autowired
	OpportunityListService list;

	@Autowired
	OverrideReportService overrides;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	AccountService accounts;

	@Autowired
	OpportunityAccess access;

	@Autowired
	TestEntityManager entities;

	OpportunityListWorld world;

	String marker;

	long autoPartsAccount;

	long planning;

	long calling;

	long lost;

	long won;

	long east;

	@BeforeEach
	void createDeals() {
		this.world = new OpportunityListWorld(this.entities);
		this.marker = OpportunityListWorld.code("标记");
		this.autoPartsAccount = account("深圳华鹏汽车配件", "AUTO_PARTS", this.world.southRep);
		long radiators = account("东莞恒通散热器", "RADIATORS", this.world.otherSouthRep);
		long aerospace = this.accounts.create(OpportunityListWorld.draft(this.marker + "上海远航航空", "AEROSPACE"),
				this.world.eastTeam.getCode(), null, this.world.eastRep, true);
		this.planning = deal(this.autoPartsAccount, "冲压件项目", "100", LocalDate.of(2027, 3, 1), this.world.southRep);
		this.calling = deal(radiators, "散热器项目", "500", LocalDate.of(2027, 6, 1), this.world.otherSouthRep);
		this.lost = deal(this.autoPartsAccount, "丢掉的项目", "50", LocalDate.of(2027, 1, 15), this.world.southRep);
		this.won = deal(radiators, "赢下的项目", "800", LocalDate.of(2026, 12, 1), this.world.otherSouthRep);
		this.east = deal(aerospace, "航空项目", "300", LocalDate.of(2027, 9, 1), this.world.eastRep);
		overrideTo(this.calling, Milestone.CALL_AND_VISIT);
		this.opportunities.markLost(this.lost, version(this.lost), "客户选了别家", this.world.southRep);
		for (Milestone milestone : List.of(Milestone.CALL_AND_VISIT, Milestone.PROJECT_APPROVAL, Milestone.DEEP_CONTACT,
				Milestone.SOLUTION_AND_TENDER, Milestone.NEGOTIATION, Milestone.CONTRACT_SIGNED)) {
			overrideTo(this.won, milestone);
		}
		this.entities.flush();
	}

	@Test
	void aRepSeesTheirTeamsDealsAndNoneOfAnotherTeam() {
		assertThat(ids(filter(), this.world.southRep)).containsExactlyInAnyOrder(this.planning, this.calling, this.lost,
				this.won);
		assertThat(ids(filter(), this.world.eastRep)).containsExactly(this.east);
		assertThat(ids(filter(), this.world.southManager)).containsExactlyInAnyOrder(this.planning, this.calling,
				this.lost, this.won);
		assertThat(ids(filter(), this.world.admin)).containsExactlyInAnyOrder(this.planning, this.calling, this.lost,
				this.won, this.east);
	}

	@Test
	void aRepAlsoSeesAnotherTeamsDealOnAnAccountTheyOwnButNotTheirTeammates() {
		// The eastern account passes to a southern rep; its deal stays with the eastern
		// team.
		this.entities.getEntityManager()
			.createNativeQuery("update account set owner_id = :rep where id = (select account_id from opportunity"
					+ " where id = :deal)")
			.setParameter("rep", this.world.southRep.userId())
			.setParameter("deal", this.east)
			.executeUpdate();
		this.entities.clear();
		assertThat(ids(filter(), this.world.southRep)).contains(this.east);
		assertThat(ids(filter(), this.world.otherSouthRep)).doesNotContain(this.east);
		assertThat(ids(filter(), this.world.eastRep)).contains(this.east);
	}

	@Test
	void everyFilterNarrowsTheList() {
		Viewer admin = this.world.admin;
		assertThat(ids(with(Milestone.CALL_AND_VISIT, null, null, null, null, null), admin))
			.containsExactly(this.calling);
		assertThat(ids(with(null, OpportunityStatus.LOST, null, null, null, null), admin)).containsExactly(this.lost);
		assertThat(ids(with(null, OpportunityStatus.WON, null, null, null, null), admin)).containsExactly(this.won);
		assertThat(ids(with(null, null, this.world.otherSouthRep.userId(), null, null, null), admin))
			.containsExactlyInAnyOrder(this.calling, this.won);
		assertThat(ids(with(null, null, null, this.world.eastTeam.getId(), null, null), admin))
			.containsExactly(this.east);
		assertThat(ids(with(null, null, null, null, industry("RADIATORS"), null), admin))
			.containsExactlyInAnyOrder(this.calling, this.won);
		Tier tier = this.accounts.show(this.autoPartsAccount, admin).tier();
		assertThat(ids(with(null, null, null, null, null, tier), admin)).contains(this.planning, this.lost);
		assertThat(ids(new OpportunityFilter(null, null, null, null, null, null, LocalDate.of(2027, 1, 15),
				LocalDate.of(2027, 6, 1), null, null, this.marker), admin))
			.containsExactlyInAnyOrder(this.planning, this.calling, this.lost);
		assertThat(ids(new OpportunityFilter(null, null, null, null, null, null, null, null, new BigDecimal("100"),
				new BigDecimal("500"), this.marker), admin))
			.containsExactlyInAnyOrder(this.planning, this.calling, this.east);
		assertThat(ids(
				new OpportunityFilter(null, null, null, null, null, null, null, null, null, null, this.marker + "上海远航"),
				admin))
			.as("the search finds deals by their account's name too")
			.containsExactly(this.east);
	}

	@Test
	void aKeywordFindsTheSameDealsWhetherLookedUpByNameOrTestedOnEveryDeal() {
		long mixedCase = deal(this.autoPartsAccount, "Qx升级", "10", LocalDate.of(2027, 2, 1), this.world.southRep);
		NameMatches byName = NameMatches.of(this.entities.getEntityManager(), this.marker + "深圳华鹏");
		assertThat(byName.isBroad()).isFalse();
		assertThat(byName.accountIds()).containsExactly(this.autoPartsAccount);
		for (String keyword : List.of(this.marker, this.marker + "深圳华鹏", this.marker + "上海远航", this.marker + "冲压",
				this.marker + "qX升", this.marker + "%", this.marker + "冲压件项目没有")) {
			for (Viewer viewer : List.of(this.world.southRep, this.world.eastRep, this.world.admin)) {
				assertThat(ids(keyword, NameMatches.of(this.entities.getEntityManager(), keyword), viewer))
					.as("%s for %s", keyword, viewer.userId())
					.containsExactlyInAnyOrderElementsOf(ids(keyword, NameMatches.broad(), viewer));
			}
		}
		assertThat(ids(this.marker + "深圳华鹏", NameMatches.of(this.entities.getEntityManager(), this.marker + "深圳华鹏"),
				this.world.southRep))
			.as("by the account's name")
			.containsExactlyInAnyOrder(this.planning, this.lost, mixedCase);
		assertThat(ids(this.marker + "qX升", NameMatches.of(this.entities.getEntityManager(), this.marker + "qX升"),
				this.world.southRep))
			.as("by the deal's name, case-insensitively")
			.containsExactly(mixedCase);
		assertThat(ids(this.marker + "深圳华鹏", NameMatches.of(this.entities.getEntityManager(), this.marker + "深圳华鹏"),
				this.world.eastRep))
			.as("within the viewer's scope")
			.isEmpty();
	}

	@Test
	void aKeywordOfOneCharacterOrMatchingTooManyNamesIsNotLookedUp() {
		assertThat(NameMatches.of(this.entities.getEntityManager(), "华").isBroad()).isTrue();
		assertThat(NameMatches.of(this.entities.getEntityManager(), " ").isBroad()).isTrue();
		assertThat(NameMatches.of(this.entities.getEntityManager(), this.marker, 2).isBroad())
			.as("three accounts carry the marker")
			.isTrue();
		assertThat(NameMatches.of(this.entities.getEntityManager(), this.marker, 5).opportunityIds())
			.containsExactlyInAnyOrder(this.planning, this.calling, this.lost, this.won, this.east);
	}

	@Test
	void rowsCarryTheAccountTeamOwnerAmountsAndDaysInTheMilestone() {
		OpportunityRow row = this.list
			.list(with(Milestone.CALL_AND_VISIT, null, null, null, null, null), PageRequest.of(0, 10), this.world.admin)
			.getContent()
			.get(0);
		assertThat(row.name()).isEqualTo(this.marker + "散热器项目");
		assertThat(row.accountName()).isEqualTo(this.marker + "东莞恒通散热器");
		assertThat(row.industry().zh()).isNotBlank();
		assertThat(row.team()).isEqualTo(this.world.southTeam.getName());
		assertThat(row.ownerName()).isEqualTo(this.world.otherSouthRep.name());
		assertThat(row.status()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(row.estimatedAmount()).isEqualByComparingTo("500");
		assertThat(row.weightedAmount()).isEqualByComparingTo(
				new BigDecimal("500").multiply(BigDecimal.valueOf(row.probability())).divide(BigDecimal.valueOf(100)));
		assertThat(row.daysInMilestone()).isZero();
		assertThat(row.nextMilestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
		assertThat(row.version()).isEqualTo(version(this.calling));
	}

	@Test
	void theListSortsByAllowedKeysOnlyAndPages() {
		Viewer admin = this.world.admin;
		assertThat(ids(filter(), Sort.by(Sort.Order.desc("amount")), admin)).containsExactly(this.won, this.calling,
				this.east, this.planning, this.lost);
		assertThat(ids(filter(), Sort.by("expectedSigningDate"), admin)).containsExactly(this.won, this.lost,
				this.planning, this.calling, this.east);
		assertThat(ids(filter(), Sort.by(Sort.Order.desc("milestone")), admin).get(0)).isEqualTo(this.won);
		assertThat(ids(filter(), Sort.by(Sort.Order.asc("milestone"), Sort.Order.desc("amount")), admin))
			.containsExactly(this.east, this.planning, this.lost, this.calling, this.won);

		Page<OpportunityRow> second = this.list.list(filter(), PageRequest.of(1, 2, Sort.by("expectedSigningDate")),
				admin);
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.getContent()).extracting(OpportunityRow::id).containsExactly(this.planning, this.calling);
		assertThat(this.list.list(filter(), PageRequest.of(2, 2), admin).getContent()).hasSize(1);

		assertThatExceptionOfType(UnsupportedSortException.class)
			.isThrownBy(() -> this.list.list(filter(), PageRequest.of(0, 10, Sort.by("createdByName")), admin));
	}

	@Test
	void theBoardHasTheEightMilestonesInOrderWithCountsAndAmountsAndLeavesLostDealsOut() {
		OpportunityBoard board = this.list.board(filter(), this.world.southRep);
		assertThat(board.columns()).extracting(OpportunityBoard.Column::milestone).containsExactly(Milestone.values());
		OpportunityBoard.Column planningColumn = board.columns().get(0);
		assertThat(planningColumn.cards()).extracting(OpportunityRow::id).containsExactly(this.planning);
		assertThat(planningColumn.count()).isEqualTo(1);
		assertThat(planningColumn.total()).isEqualByComparingTo("100");
		assertThat(planningColumn.weighted()).isEqualByComparingTo(
				BigDecimal.valueOf(100L * planningColumn.cards().get(0).probability()).divide(BigDecimal.valueOf(100)));
		assertThat(board.columns().get(1).cards()).extracting(OpportunityRow::id).containsExactly(this.calling);
		OpportunityBoard.Column signed = board.columns().get(Milestone.CONTRACT_SIGNED.ordinal());
		assertThat(signed.cards()).extracting(OpportunityRow::id).containsExactly(this.won);
		assertThat(signed.total()).isEqualByComparingTo("800");
		assertThat(signed.more()).isZero();
		assertThat(board.columns().stream().flatMap((column) -> column.cards().stream()).map(OpportunityRow::id))
			.doesNotContain(this.lost, this.east);

		OpportunityBoard lostOnly = this.list.board(with(null, OpportunityStatus.LOST, null, null, null, null),
				this.world.southRep);
		assertThat(lostOnly.columns().get(0).cards()).extracting(OpportunityRow::id).containsExactly(this.lost);
		assertThat(lostOnly.columns().stream().mapToLong(OpportunityBoard.Column::count).sum()).isEqualTo(1);
		assertThat(this.list.board(filter(), this.world.eastRep).columns().get(0).cards())
			.extracting(OpportunityRow::id)
			.containsExactly(this.east);
	}

	@Test
	void aBoardColumnShowsItsFirstDealsBySigningDateAndCountsTheRest() {
		List<Long> extra = new ArrayList<>();
		for (int day = OpportunityListService.BOARD_CARDS + 1; day >= 0; day--) {
			extra.add(deal(this.autoPartsAccount, "批量" + day, "1", LocalDate.of(2026, 12, 1).plusDays(day),
					this.world.southRep));
		}
		this.entities.flush();
		OpportunityBoard.Column planningColumn = this.list.board(filter(), this.world.southRep).columns().get(0);
		List<Long> soonestFirst = new ArrayList<>(extra);
		Collections.reverse(soonestFirst);
		soonestFirst = soonestFirst.subList(0, OpportunityListService.BOARD_CARDS);
		assertThat(planningColumn.cards()).extracting(OpportunityRow::id).containsExactlyElementsOf(soonestFirst);
		assertThat(planningColumn.count()).isEqualTo(extra.size() + 1);
		assertThat(planningColumn.more()).isEqualTo(3);
		assertThat(planningColumn.total()).isEqualByComparingTo(BigDecimal.valueOf(100 + extra.size()));
	}

	@Test
	void theChoicesOfferTheTeamsAndPeopleInScopeAndTheActiveIndustries() {
		OpportunityChoices choices = this.list.choices(this.world.southRep);
		assertThat(choices.teams()).extracting(OpportunityChoices.Named::id)
			.contains(this.world.southTeam.getId())
			.doesNotContain(this.world.eastTeam.getId());
		assertThat(choices.owners()).extracting(OpportunityChoices.Owner::id)
			.contains(this.world.southRep.userId(), this.world.otherSouthRep.userId())
			.doesNotContain(this.world.eastRep.userId());
		assertThat(choices.industries()).extracting(OpportunityChoices.Named::id)
			.contains(industry("AUTO_PARTS"), industry("RADIATORS"), industry("AEROSPACE"));
	}

	@Test
	void theComplianceReportListsOverridesWithTheSkippedItemsInTheManagersScope() {
		LocalDate today = this.overrides.today();
		Page<OverrideRow> report = this.overrides.overrides(today.minusDays(90), today, PageRequest.of(0, 100),
				this.world.southManager);
		List<OverrideRow> ours = report.getContent()
			.stream()
			.filter((row) -> row.opportunityId() == this.calling)
			.toList();
		assertThat(ours).hasSize(1);
		OverrideRow row = ours.get(0);
		assertThat(row.from()).isEqualTo(Milestone.PLANNING);
		assertThat(row.to()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(row.reason()).isEqualTo("经理批准跳过");
		assertThat(row.movedByName()).isEqualTo(this.world.admin.name());
		assertThat(row.accountName()).isEqualTo(this.marker + "东莞恒通散热器");
		assertThat(row.team()).isEqualTo(this.world.southTeam.getName());
		assertThat(row.unmet()).isNotEmpty();
		assertThat(row.unmet()).extracting(OverrideRow.UnmetItem::textZh).contains("已按行业战略分类（主流、次主流、非主流）选定目标行业");
		assertThat(report.getContent()).filteredOn((line) -> line.opportunityId() == this.won).hasSize(6);
		assertThat(report.getContent()).noneMatch((line) -> line.opportunityId() == this.east);

		assertThat(this.overrides.overrides(today.minusDays(90), today, PageRequest.of(0, 100), this.world.admin)
			.getTotalElements()).isGreaterThanOrEqualTo(7);
		assertThat(this.overrides
			.overrides(today.minusDays(90), today.minusDays(1), PageRequest.of(0, 100), this.world.southManager)
			.getContent()).noneMatch((line) -> line.opportunityId() == this.calling);
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(
				() -> this.overrides.overrides(today.minusDays(90), today, PageRequest.of(0, 10), this.world.southRep));
	}

	private long account(String name, String industry, Viewer owner) {
		return this.accounts.create(OpportunityListWorld.draft(this.marker + name, industry),
				this.world.southTeam.getCode(), null, owner, true);
	}

	private long deal(long accountId, String name, String amount, LocalDate signing, Viewer viewer) {
		return this.opportunities.create(accountId,
				new OpportunityDetails(this.marker + name, null, new BigDecimal(amount), signing, null, null), viewer);
	}

	private void overrideTo(long deal, Milestone target) {
		this.milestones.move(deal, null, target, "经理批准跳过", true, this.world.admin);
	}

	private long version(long deal) {
		return this.opportunities.show(deal, this.world.admin).version();
	}

	private Long industry(String code) {
		return this.entities.getEntityManager()
			.createQuery("select i.id from Industry i where i.code = :code", Long.class)
			.setParameter("code", code)
			.getSingleResult();
	}

	private OpportunityFilter filter() {
		return with(null, null, null, null, null, null);
	}

	private OpportunityFilter with(Milestone milestone, OpportunityStatus status, Long owner, Long team, Long industry,
			Tier tier) {
		return new OpportunityFilter(milestone, status, owner, team, industry, tier, null, null, null, null,
				this.marker);
	}

	private List<Long> ids(String keyword, NameMatches names, Viewer viewer) {
		OpportunityFilter filter = new OpportunityFilter(null, null, null, null, null, null, null, null, null, null,
				keyword);
		return new OpportunityListQuery(this.access.scopeOf(viewer), filter, List.of(), names)
			.rows(this.entities.getEntityManager(), Sort.unsorted())
			.getResultList()
			.stream()
			.map(OpportunityRow::id)
			.toList();
	}

	private List<Long> ids(OpportunityFilter filter, Viewer viewer) {
		return ids(filter, Sort.unsorted(), viewer);
	}

	private List<Long> ids(OpportunityFilter filter, Sort sort, Viewer viewer) {
		return this.list.list(filter, PageRequest.of(0, 100, sort), viewer)
			.getContent()
			.stream()
			.map(OpportunityRow::id)
			.toList();
	}

}

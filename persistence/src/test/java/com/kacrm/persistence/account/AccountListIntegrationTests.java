package com.kacrm.persistence.account;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.reference.Industry;
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
 * The account list on the real database: the viewer's scope is part of the query (a rep
 * sees their team's accounts, a manager the teams they manage, an admin all), every
 * filter, the name search, sorting and paging, and the filter choices. Each test rolls
 * back; every account's name carries the test's marker, which the search filters by.
 */
@PersistenceTest
class AccountListIntegrationTests {

	@Autowired
	AccountListService list;

	@Autowired
	AccountService accounts;

	@Autowired
	TestEntityManager entities;

	AccountWorld world;

	String marker;

	long southAutoParts;

	long southMature;

	long southSecond;

	long east;

	@BeforeEach
	void createAccounts() {
		this.world = new AccountWorld(this.entities);
		this.marker = AccountWorld.code("标记");
		this.southAutoParts = create("深圳华鹏汽车配件", "AUTO_PARTS", "120000", Lifecycle.PROSPECT, RelationshipStage.OUTSIDER,
				null, this.world.southRep);
		this.southMature = create("东莞恒通散热器", "RADIATORS", "800", Lifecycle.MATURE, RelationshipStage.PARTNER, null,
				this.world.otherSouthRep);
		this.southSecond = this.accounts.create(
				draft("惠州美达家电", "HOME_APPLIANCES", "30000", Lifecycle.NEW_CUSTOMER, RelationshipStage.FRIEND),
				this.world.southSecondTeam.getCode(), null, this.world.admin, false);
		this.east = create("上海远航航空航天", "AEROSPACE", "260000", Lifecycle.STRATEGIC, RelationshipStage.STRATEGIC_ALLIANCE,
				null, this.world.eastRep);
		this.entities.flush();
	}

	@Test
	void aRepSeesOnlyTheirTeamsAccounts() {
		assertThat(ids(filter(), this.world.southRep)).containsExactlyInAnyOrder(this.southAutoParts, this.southMature);
		assertThat(ids(filter(), this.world.eastRep)).containsExactly(this.east);
	}

	@Test
	void aRepWhoMovedTeamStillSeesTheAccountsTheyOwnUntilTheyAreReassigned() {
		Viewer movedSouth = new Viewer(this.world.eastRepUser.getId(), "调岗的代表", Role.REP,
				this.world.southTeam.getCode());
		assertThat(ids(filter(), movedSouth)).containsExactlyInAnyOrder(this.southAutoParts, this.southMature,
				this.east);
		assertThat(this.accounts.header(this.east, movedSouth).id()).isEqualTo(this.east);
		assertThat(ids(filter(), this.world.southRep)).doesNotContain(this.east);
	}

	@Test
	void aManagerSeesTheTeamTheyManageAndAnAdminEverything() {
		assertThat(ids(filter(), this.world.southManager)).containsExactlyInAnyOrder(this.southAutoParts,
				this.southMature);
		assertThat(ids(filter(), this.world.admin)).containsExactlyInAnyOrder(this.southAutoParts, this.southMature,
				this.southSecond, this.east);
	}

	@Test
	void everyFilterNarrowsTheList() {
		assertThat(
				ids(new AccountFilter(this.marker, null, "RADIATORS", null, null, null, null, null), this.world.admin))
			.containsExactly(this.southMature);
		assertThat(ids(new AccountFilter(this.marker, this.world.east.getCode(), null, null, null, null, null, null),
				this.world.admin))
			.containsExactly(this.east);
		assertThat(ids(new AccountFilter(this.marker, null, null, null, null,
				this.world.otherSouthRepUser.getUsername(), null, null), this.world.admin))
			.containsExactly(this.southMature);
		assertThat(ids(new AccountFilter(this.marker, null, null, null, null, null, RelationshipStage.FRIEND, null),
				this.world.admin))
			.containsExactly(this.southSecond);
		assertThat(ids(new AccountFilter(this.marker, null, null, null, null, null, null, Lifecycle.STRATEGIC),
				this.world.admin))
			.containsExactly(this.east);
		var tier = this.accounts.show(this.east, this.world.admin).tier();
		assertThat(ids(new AccountFilter(this.marker, null, null, tier, null, null, null, null), this.world.admin))
			.contains(this.east);
		assertThat(ids(new AccountFilter(this.marker, null, null, null,
				com.kacrm.domain.valuation.PortfolioClass.FAT_SHEEP, null, null, null), this.world.admin))
			.isEmpty();
	}

	@Test
	void theSearchFindsAnyPartOfTheNameWhateverTheCase() {
		String latin = "Apex" + this.marker;
		long apex = create(latin + " Radiator Co", null, "100", Lifecycle.PROSPECT, RelationshipStage.OUTSIDER, null,
				this.world.southRep);
		this.entities.flush();
		assertThat(ids(new AccountFilter("apex" + this.marker.toLowerCase(), null, null, null, null, null, null, null),
				this.world.southRep))
			.containsExactly(apex);
		assertThat(ids(new AccountFilter("汽车配件" + this.marker, null, null, null, null, null, null, null),
				this.world.admin))
			.containsExactly(this.southAutoParts);
		assertThat(
				ids(new AccountFilter("%_" + this.marker, null, null, null, null, null, null, null), this.world.admin))
			.isEmpty();
	}

	@Test
	void theListSortsAndPages() {
		Page<AccountRow> first = this.list.list(filter(), PageRequest.of(0, 2, Sort.by(Sort.Order.desc("revenue"))),
				this.world.admin);
		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent()).extracting(AccountRow::id).containsExactly(this.east, this.southAutoParts);
		Page<AccountRow> second = this.list.list(filter(), PageRequest.of(1, 2, Sort.by(Sort.Order.desc("revenue"))),
				this.world.admin);
		assertThat(second.getContent()).extracting(AccountRow::id).containsExactly(this.southSecond, this.southMature);
		assertThatExceptionOfType(UnsupportedSortException.class)
			.isThrownBy(() -> this.list.list(filter(), PageRequest.of(0, 2, Sort.by("nameKey")), this.world.admin));
	}

	@Test
	void theRowsCarryWhatTheListShows() {
		AccountRow row = this.list
			.list(new AccountFilter("东莞恒通散热器" + this.marker, null, null, null, null, null, null, null),
					PageRequest.of(0, 10), this.world.southRep)
			.getContent()
			.get(0);
		assertThat(row.teamCode()).isEqualTo(this.world.southTeam.getCode());
		assertThat(row.owner()).isEqualTo(this.world.otherSouthRepUser.getDisplayName());
		assertThat(row.industry().zh()).isEqualTo("散热器行业");
		assertThat(row.lifecycle()).isEqualTo(Lifecycle.MATURE);
		assertThat(row.relationshipStage()).isEqualTo(RelationshipStage.PARTNER);
		assertThat(row.annualRevenue()).isEqualByComparingTo("800");
		assertThat(row.tier()).isNotNull();
	}

	@Test
	void theChoicesOfferWhatTheViewerMayUse() {
		AccountChoices rep = this.list.choices(this.world.southRep);
		assertThat(rep.regions()).extracting(AccountChoice::code).containsExactly(this.world.south.getCode());
		assertThat(rep.teams()).extracting(AccountChoice::code).containsExactly(this.world.southTeam.getCode());
		assertThat(rep.owners()).extracting(OwnerChoice::username)
			.contains(this.world.southRepUser.getUsername(), this.world.otherSouthRepUser.getUsername())
			.doesNotContain(this.world.eastRepUser.getUsername());
		assertThat(rep.industries()).extracting(AccountChoice::code).contains("AUTO_PARTS");

		AccountChoices manager = this.list.choices(this.world.southManager);
		assertThat(manager.teams()).extracting(AccountChoice::code).containsExactly(this.world.southTeam.getCode());
		assertThat(this.list.reassignmentChoices(this.world.southRep).teams()).isEmpty();
		assertThat(this.list.reassignmentChoices(this.world.southManager).teams()).extracting(AccountChoice::code)
			.containsExactly(this.world.southTeam.getCode());
		assertThat(this.list.reassignmentChoices(this.world.admin).teams()).extracting(AccountChoice::code)
			.contains(this.world.southTeam.getCode(), this.world.eastTeam.getCode());
	}

	private long create(String name, String industry, String revenue, Lifecycle lifecycle, RelationshipStage stage,
			Region unused, com.kacrm.persistence.shared.Viewer viewer) {
		return this.accounts.create(draft(name, industry, revenue, lifecycle, stage), null, null, viewer, false);
	}

	private AccountDraft draft(String name, String industry, String revenue, Lifecycle lifecycle,
			RelationshipStage stage) {
		return new AccountDraft(name + this.marker, industry, null, new BigDecimal(revenue), null, null, null, null,
				null, null, null, null, null, null, DecisionMode.MIXED, lifecycle, stage);
	}

	private AccountFilter filter() {
		return new AccountFilter(this.marker, null, null, null, null, null, null, null);
	}

	private List<Long> ids(AccountFilter filter, com.kacrm.persistence.shared.Viewer viewer) {
		return this.list.list(filter, PageRequest.of(0, 50), viewer).getContent().stream().map(AccountRow::id).toList();
	}

	@Test
	void theEditFormStillOffersTheAccountsIndustryAfterItWasDeactivated() {
		Industry radiators = this.entities.getEntityManager()
			.createQuery("select i from Industry i where i.code = 'RADIATORS'", Industry.class)
			.getSingleResult();
		radiators.deactivate();
		this.entities.flush();
		assertThat(this.list.choices(this.world.southRep).industries()).extracting(AccountChoice::code)
			.doesNotContain("RADIATORS");
		assertThat(this.list.choicesFor(this.southMature, this.world.southRep).industries())
			.extracting(AccountChoice::code)
			.contains("RADIATORS", "AUTO_PARTS");
		assertThat(this.list.choicesFor(this.southAutoParts, this.world.southRep).industries())
			.extracting(AccountChoice::code)
			.doesNotContain("RADIATORS");
	}

}

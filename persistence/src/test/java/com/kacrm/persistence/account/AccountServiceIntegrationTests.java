package com.kacrm.persistence.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.opportunity.DealTeamService;
import com.kacrm.persistence.opportunity.OpportunityNotFoundException;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.test.PersistenceTest;
import com.kacrm.persistence.tiering.TieringService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keeping an account file on the real database: who creates accounts for which team and
 * owner, editing the file with its history and re-tiering, the duplicate check on rename,
 * concurrent edits, reassignment by managers and admins, and the history tab that shows
 * the contacts' changes with the account's. Each test rolls back.
 */
@PersistenceTest
class AccountServiceIntegrationTests {

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	TieringService tiering;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	DealTeamService dealTeams;

	@Autowired
	ActivityService activities;

	@Autowired
	TestEntityManager entities;

	AccountWorld world;

	@BeforeEach
	void createOrganisation() {
		this.world = new AccountWorld(this.entities);
	}

	@Test
	void aRepCreatesAnAccountForTheirOwnTeamAndOwnsItWhateverTheySend() {
		String name = AccountWorld.unique("深圳华达汽车配件");
		long id = this.accounts.create(AccountWorld.draft(name), this.world.eastTeam.getCode(),
				this.world.otherSouthRepUser.getUsername(), this.world.southRep, false);

		AccountView account = this.accounts.show(id, this.world.southRep);
		assertThat(account.teamCode()).isEqualTo(this.world.southTeam.getCode());
		assertThat(account.ownerUsername()).isEqualTo(this.world.southRepUser.getUsername());
		assertThat(account.businessCharacteristics()).isEqualTo("精密冲压件");
		assertThat(account.decisionMode()).isEqualTo(DecisionMode.CENTRALISED);
		assertThat(account.tier()).isEqualTo(expectedTier(300, "500", "10"));
		assertThat(account.tierCriteriaVersion()).isNotNull();
		assertThat(account.version()).isZero();
		assertThat(account.canReassign()).isFalse();
		assertThat(this.accounts.history(id, PageRequest.of(0, 10), this.world.southRep).getContent())
			.extracting(HistoryRow::field)
			.contains(TieringService.INITIAL_TIER_FIELD, "account.owner");
	}

	@Test
	void aManagerCreatesForATeamTheyManageWithAnOwnerOfThatTeamOrNone() {
		long owned = this.accounts.create(AccountWorld.draft(AccountWorld.unique("东莞恒通")),
				this.world.southTeam.getCode(), this.world.southRepUser.getUsername(), this.world.southManager, false);
		assertThat(this.accounts.show(owned, this.world.southManager).ownerUsername())
			.isEqualTo(this.world.southRepUser.getUsername());
		long pooled = this.accounts.create(AccountWorld.draft(AccountWorld.unique("惠州美达")),
				this.world.southTeam.getCode(), null, this.world.southManager, false);
		assertThat(this.accounts.show(pooled, this.world.southManager).ownerName()).isNull();
	}

	@Test
	void aManagerCannotCreateForAnotherTeamNorGiveItToSomeoneOutsideTheTeam() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.accounts.create(AccountWorld.draft(AccountWorld.unique("上海远航")),
					this.world.eastTeam.getCode(), null, this.world.southManager, false))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field", "messageKey")
				.containsExactly(org.assertj.core.groups.Tuple.tuple("teamCode", "account.error.teamOutsideScope")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.accounts.create(AccountWorld.draft(AccountWorld.unique("佛山顺达")),
					this.world.southSecondTeam.getCode(), null, this.world.southManager, false))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("teamCode"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.accounts.create(AccountWorld.draft(AccountWorld.unique("佛山顺达")),
					this.world.southTeam.getCode(), this.world.eastRepUser.getUsername(), this.world.southManager,
					false))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("ownerUsername"));
	}

	@Test
	void creatingReportsEveryFieldInErrorAtOnce() {
		AccountDraft bad = new AccountDraft(" ", "NO_SUCH_INDUSTRY", 0, new BigDecimal("-1"), null, null, "abc", null,
				null, null, null, null, null, null, null, null, RelationshipStage.FRIEND);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.accounts.create(bad, null, null, this.world.southRep, false))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field")
				.contains("name", "industryCode", "industryRank", "annualRevenue", "phone", "lifecycle"));
	}

	@Test
	void aNameLikeAnExistingAccountIsSuspectedUntilConfirmed() {
		String name = AccountWorld.unique("宁波海天钢桶制造") + "有限公司";
		this.accounts.create(AccountWorld.draft(name), null, null, this.world.southRep, false);
		assertThatExceptionOfType(AccountDuplicateSuspectedException.class)
			.isThrownBy(() -> this.accounts.create(AccountWorld.draft(name), null, null, this.world.eastRep, false))
			.satisfies((ex) -> assertThat(ex.matches()).extracting(AccountMatch::name).containsExactly(name));
		long second = this.accounts.create(AccountWorld.draft(name), null, null, this.world.eastRep, true);
		assertThat(this.accounts.show(second, this.world.eastRep).name()).isEqualTo(name);
	}

	@Test
	void editingTheFileRecordsEveryChangedFieldAndReTiersTheAccount() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("深圳华鹏")), null, null, this.world.southRep,
				false);
		AccountView before = this.accounts.show(id, this.world.southRep);
		AccountDraft edited = new AccountDraft(before.name(), "AUTO_PARTS", 5, new BigDecimal("120000"),
				new BigDecimal("2600"), before.address(), before.phone(), "www.huapeng.example", "精密冲压件、模具",
				"行业前十，比亚迪一级供应商", "华南 12 家经销商", "注册资本 5 亿元", "付款及时", "计划明年更换散热器供应商", DecisionMode.MIXED,
				Lifecycle.MATURE, RelationshipStage.SUPPLIER);

		this.accounts.update(id, before.version(), edited, this.world.otherSouthRep, false);
		this.entities.flush();

		AccountView after = this.accounts.show(id, this.world.southRep);
		assertThat(after.industryPosition()).isEqualTo("行业前十，比亚迪一级供应商");
		assertThat(after.cooperationIntent()).isEqualTo("计划明年更换散热器供应商");
		assertThat(after.lifecycle()).isEqualTo(Lifecycle.MATURE);
		assertThat(after.relationshipStage()).isEqualTo(RelationshipStage.SUPPLIER);
		assertThat(after.tier()).isEqualTo(expectedTier(5, "120000", "2600"));
		assertThat(after.version()).isGreaterThan(before.version());
		List<HistoryRow> history = this.accounts.history(id, PageRequest.of(0, 50), this.world.southRep).getContent();
		assertThat(history).filteredOn((row) -> row.field().equals("account.businessCharacteristics"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.oldValue()).isEqualTo("精密冲压件");
				assertThat(row.newValue()).isEqualTo("精密冲压件、模具");
				assertThat(row.actorName()).isEqualTo(this.world.otherSouthRep.name());
			});
		assertThat(history).extracting(HistoryRow::field)
			.contains("account.industryRank", "account.annualRevenue", "account.decisionMode", "account.lifecycle",
					"account.relationshipStage")
			.doesNotContain("account.address", "account.name");
		if (before.tier() != after.tier()) {
			assertThat(history).extracting(HistoryRow::field).contains(TieringService.TIER_FIELD);
		}
	}

	@Test
	void anEditAtAnOldVersionIsAConflictAndChangesNothing() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("苏州铁路装备")), null, null,
				this.world.southRep, false);
		AccountView read = this.accounts.show(id, this.world.southRep);
		AccountDraft first = AccountWorld.draft(read.name());
		this.accounts.update(id, read.version(),
				new AccountDraft(first.name(), first.industryCode(), first.industryRank(), first.annualRevenue(),
						first.annualPurchase(), first.address(), first.phone(), first.website(), "第一位同事的修改", null, null,
						null, null, null, first.decisionMode(), first.lifecycle(), first.relationshipStage()),
				this.world.southRep, false);
		this.entities.flush();

		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.accounts.update(id, read.version(), first, this.world.otherSouthRep, false));
		assertThat(this.accounts.show(id, this.world.southRep).businessCharacteristics()).isEqualTo("第一位同事的修改");
	}

	@Test
	void renamingToTheNameOfAnotherAccountIsSuspectedUnlessConfirmed() {
		String taken = AccountWorld.unique("杭州欧雅家具") + "有限公司";
		this.accounts.create(AccountWorld.draft(taken), null, null, this.world.eastRep, false);
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("欧雅")), null, null, this.world.southRep,
				false);
		long version = this.accounts.show(id, this.world.southRep).version();

		assertThatExceptionOfType(AccountDuplicateSuspectedException.class)
			.isThrownBy(() -> this.accounts.update(id, version, AccountWorld.draft(taken), this.world.southRep, false));
		this.accounts.update(id, version, AccountWorld.draft(taken), this.world.southRep, true);
		assertThat(this.accounts.show(id, this.world.southRep).name()).isEqualTo(taken);
	}

	@Test
	void keepingTheNameIsNoDuplicateOfItself() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("珠海粤通")), null, null, this.world.southRep,
				false);
		AccountView read = this.accounts.show(id, this.world.southRep);
		this.accounts.update(id, read.version(), read.draft(), this.world.southRep, false);
	}

	@Test
	void anAccountOfAnotherTeamIsNotFoundForReadingEditingOrItsHistory() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("深圳精工钣金")), null, null,
				this.world.southRep, false);
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.show(id, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.update(id, 0, AccountWorld.draft("x"), this.world.eastRep, false));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.history(id, PageRequest.of(0, 10), this.world.eastManager));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.opportunities(id, this.world.eastRep));
	}

	@Test
	void onlyTheTeamsManagerOrAnAdminReassignsAndAManagerOnlyToATeamTheyManage() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("中山华星")), null, null, this.world.southRep,
				false);
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> this.accounts.reassign(id, 0,
				this.world.southTeam.getCode(), this.world.otherSouthRepUser.getUsername(), this.world.southRep));
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(
				() -> this.accounts.reassign(id, 0, this.world.eastTeam.getCode(), null, this.world.eastManager));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.accounts.reassign(id, 0, this.world.eastTeam.getCode(), null, this.world.southManager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("account.error.teamNotManaged"));

		assertThat(this.accounts.show(id, this.world.southManager).canReassign()).isTrue();
		this.accounts.reassign(id, 0, this.world.southTeam.getCode(), this.world.otherSouthRepUser.getUsername(),
				this.world.southManager);
		this.entities.flush();
		AccountView moved = this.accounts.show(id, this.world.southRep);
		assertThat(moved.ownerUsername()).isEqualTo(this.world.otherSouthRepUser.getUsername());
		assertThat(this.accounts.history(id, PageRequest.of(0, 1), this.world.southRep).getContent()).singleElement()
			.satisfies((row) -> {
				assertThat(row.field()).isEqualTo("account.owner");
				assertThat(row.newValue()).isEqualTo(this.world.otherSouthRepUser.getDisplayName());
			});

		this.accounts.reassign(id, moved.version(), this.world.eastTeam.getCode(), this.world.eastRepUser.getUsername(),
				this.world.admin);
		this.entities.flush();
		assertThat(this.accounts.show(id, this.world.eastRep).teamCode()).isEqualTo(this.world.eastTeam.getCode());
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.show(id, this.world.southRep));
	}

	@Test
	void aReassignedAccountTakesItsDealsAndActivitiesAlongAndTheOldTeamLeavesTheDeals() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("佛山华润")), null, null, this.world.southRep,
				false);
		long deal = this.opportunities.open(id, "冷却系统项目", this.world.southRep);
		this.dealTeams.add(deal, this.world.otherSouthRepUser.getId(), "技术支持", this.world.southRep);
		long visit = this.activities.log(new NewActivity(id, deal, ActivityType.SALES_VISIT,
				Instant.now().minusSeconds(3600), "首次拜访", List.of()), this.world.southRep);
		this.entities.flush();

		this.accounts.reassign(id, this.accounts.show(id, this.world.admin).version(), this.world.eastTeam.getCode(),
				this.world.eastRepUser.getUsername(), this.world.admin);
		this.entities.flush();
		this.entities.clear();

		Opportunity moved = this.entities.find(Opportunity.class, deal);
		assertThat(moved.getTeam().getId()).isEqualTo(this.world.eastTeam.getId());
		assertThat(moved.getOwner().getId()).isEqualTo(this.world.eastRepUser.getId());
		assertThat(this.dealTeams.members(deal, this.world.eastRep)).isEmpty();
		assertThat(this.entities.find(Activity.class, visit).getTeam().getId()).isEqualTo(this.world.eastTeam.getId());
		assertThat(this.opportunities.history(deal, this.world.eastRep, PageRequest.of(0, 10)).getContent())
			.extracting(HistoryRow::field)
			.contains("opportunity.team", "opportunity.owner", "opportunity.teamMembers");
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.opportunities.show(deal, this.world.southRep));
	}

	@Test
	void aReassignmentToAnOwnerOutsideTheTeamIsRefused() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("江门华美")), null, null, this.world.southRep,
				false);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.accounts.reassign(id, 0, this.world.southTeam.getCode(),
					this.world.eastRepUser.getUsername(), this.world.admin))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("ownerUsername"));
	}

	@Test
	void theHistoryTabShowsTheContactsChangesWithTheAccountsNewestFirst() {
		long id = this.accounts.create(AccountWorld.draft(AccountWorld.unique("广州穗航")), null, null, this.world.southRep,
				false);
		long contact = this.contacts.add(id,
				new NewContact(new ContactDetails("赵总", "总经理", "总经办", null, null, ContactLevel.DECISION, null, 4), 2,
						null),
				this.world.southRep);
		long other = this.accounts.create(AccountWorld.draft(AccountWorld.unique("清远美家")), null, null,
				this.world.southRep, false);
		this.contacts.add(other,
				new NewContact(new ContactDetails("钱工", "工程师", "技术部", null, null, ContactLevel.USAGE, null, null), 1,
						null),
				this.world.southRep);

		List<HistoryRow> history = this.accounts.history(id, PageRequest.of(0, 50), this.world.southRep).getContent();
		assertThat(history).extracting(HistoryRow::subjectType)
			.contains(AccountService.ACCOUNT, AccountService.CONTACT);
		assertThat(history).filteredOn((row) -> row.subjectType().equals(AccountService.CONTACT))
			.allSatisfy((row) -> assertThat(row.subjectId()).isEqualTo(contact))
			.extracting(HistoryRow::subjectLabel)
			.contains("赵总");
		assertThat(history).extracting(HistoryRow::id)
			.isSortedAccordingTo(java.util.Comparator.<Long>naturalOrder().reversed());
		assertThat(this.accounts.history(id, PageRequest.of(0, 1), this.world.southRep).getTotalElements())
			.isEqualTo(history.size());
	}

	private com.kacrm.domain.reference.Tier expectedTier(Integer rank, String revenue, String purchase) {
		return this.tiering.propose(new TierProfile(rank, new BigDecimal(revenue), new BigDecimal(purchase))).tier();
	}

}

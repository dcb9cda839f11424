package com.kacrm.persistence.lead;

import java.util.List;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountDuplicateSuspectedException;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Converting leads into accounts (and first opportunities) on the real database: what the
 * account carries, who holds it, the duplicate check, who may convert, and the history of
 * the lead and the account. Each test rolls back.
 */
@PersistenceTest
class LeadConversionServiceIntegrationTests {

	@Autowired
	LeadConversionService conversions;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	AccountService accounts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	@Autowired
	ActivityService activities;

	LeadWorld world;

	@BeforeEach
	void createOrganisation() {
		this.world = new LeadWorld(this.entities);
	}

	@Test
	void theAccountCarriesEveryFieldOfTheLeadAndOpensTheFirstOpportunity() {
		String name = LeadWorld.unique("深圳华达汽车配件") + "有限公司";
		RegisteredLead lead = ownLead(name);
		ConversionResult result = this.conversions.convert(lead.id(), versionOf(lead.id()),
				new ConversionRequest(true, "华达散热器项目"), false, this.world.southRep);

		AccountView account = this.accounts.show(result.accountId(), this.world.southRep);
		assertThat(account.name()).isEqualTo(name);
		assertThat(account.teamCode()).isEqualTo(this.world.southTeam.getCode());
		assertThat(account.ownerUsername()).isEqualTo(this.world.southRepUsername);
		assertThat(account.industry().zh()).isEqualTo("汽车配件");
		assertThat(account.industryRank()).isEqualTo(10);
		assertThat(account.annualRevenue()).isEqualByComparingTo("60000");
		assertThat(account.annualPurchase()).isNull();
		assertThat(account.tier()).isEqualTo(Tier.A);
		assertThat(account.tierSetByHand()).isFalse();
		assertThat(account.tierCriteriaVersion()).isNotNull();
		assertThat(account.source().zh()).isEqualTo("搜索引擎");
		assertThat(account.contactHint()).isEqualTo("王经理 138");
		assertThat(account.notes()).isEqualTo("展会认识");
		assertThat(account.convertedFromLeadId()).isEqualTo(lead.id());
		assertThat(account.convertedFromLeadNumber()).isEqualTo(lead.number());
		assertThat(account.opportunities()).singleElement().satisfies((opportunity) -> {
			assertThat(opportunity.id()).isEqualTo(result.opportunityId());
			assertThat(opportunity.name()).isEqualTo("华达散热器项目");
			assertThat(opportunity.milestone()).isEqualTo(Milestone.PLANNING);
		});

		LeadView converted = this.sheet.show(lead.id(), this.world.southRep);
		assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
		assertThat(converted.convertedAccountId()).isEqualTo(result.accountId());
		assertThat(converted.convertedOpportunityId()).isEqualTo(result.opportunityId());
		assertThat(converted.closedAt()).isNotNull();

		List<HistoryRow> leadHistory = historyOf(LeadService.LEAD, lead.id());
		assertThat(leadHistory).filteredOn((row) -> row.field().equals("lead.status")).first().satisfies((row) -> {
			assertThat(row.oldValue()).isEqualTo("ASSIGNED");
			assertThat(row.newValue()).isEqualTo("CONVERTED");
			assertThat(row.reason()).isEqualTo(name);
		});
		assertThat(leadHistory).extracting(HistoryRow::field)
			.contains(LeadConversionService.ACCOUNT_FIELD, LeadConversionService.OPPORTUNITY_FIELD);
		List<HistoryRow> accountHistory = historyOf(AccountService.ACCOUNT, result.accountId());
		assertThat(accountHistory).filteredOn((row) -> row.field().equals(AccountService.CONVERTED_FROM_LEAD_FIELD))
			.singleElement()
			.satisfies((row) -> assertThat(row.newValue()).isEqualTo(lead.number()));
		assertThat(accountHistory).extracting(HistoryRow::field).contains("record.tierAssigned");
	}

	@Test
	void withoutAnOpportunityOnlyTheAccountIsCreated() {
		RegisteredLead lead = ownLead(LeadWorld.unique("无商机"));
		ConversionResult result = this.conversions.convert(lead.id(), versionOf(lead.id()),
				new ConversionRequest(false, "ignored"), false, this.world.southRep);
		assertThat(result.opportunityId()).isNull();
		assertThat(this.accounts.show(result.accountId(), this.world.southRep).opportunities()).isEmpty();
		assertThat(this.sheet.show(lead.id(), this.world.southRep).convertedOpportunityId()).isNull();
	}

	@Test
	void anOpportunityNeedsAName() {
		RegisteredLead lead = ownLead(LeadWorld.unique("缺名称"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.conversions.convert(lead.id(), versionOf(lead.id()),
					new ConversionRequest(true, " "), false, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.field()).isEqualTo("opportunityName")));
		assertThat(this.sheet.show(lead.id(), this.world.southRep).status()).isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void aClassSetByHandOnTheLeadStaysSetByHand() {
		RegisteredLead lead = this.leads.register(
				this.world.lead(LeadWorld.unique("手工"), this.world.south, Tier.C, "集团采购在总部"), this.world.southRep,
				false);
		ConversionResult result = this.conversions.convert(lead.id(), versionOf(lead.id()),
				new ConversionRequest(false, null), false, this.world.southRep);
		AccountView account = this.accounts.show(result.accountId(), this.world.southRep);
		assertThat(account.tier()).isEqualTo(Tier.C);
		assertThat(account.tierSetByHand()).isTrue();
		assertThat(historyOf(AccountService.ACCOUNT, result.accountId())).extracting(HistoryRow::field)
			.contains(AccountService.TIER_FROM_LEAD_FIELD)
			.doesNotContain("record.tierAssigned");
	}

	@Test
	void anExistingAccountWithTheSameNameHoldsTheConversionBackUntilConfirmed() {
		String base = LeadWorld.unique("东莞恒通散热器");
		RegisteredLead first = ownLead(base + "股份有限公司");
		ConversionResult existing = this.conversions.convert(first.id(), versionOf(first.id()),
				new ConversionRequest(false, null), false, this.world.southRep);
		RegisteredLead second = this.leads.register(this.world.lead(base + "（集团）", this.world.south),
				this.world.southRep, true);

		ConversionPreview preview = this.conversions.preview(second.id(), this.world.southRep);
		assertThat(preview.accountMatches()).singleElement().satisfies((match) -> {
			assertThat(match.id()).isEqualTo(existing.accountId());
			assertThat(match.visible()).isTrue();
		});
		assertThat(preview.leadMatches()).extracting(DuplicateMatch::id).containsExactly(first.id());

		long version = versionOf(second.id());
		assertThatExceptionOfType(DuplicateSuspectedException.class)
			.isThrownBy(() -> this.conversions.convert(second.id(), version, new ConversionRequest(false, null), false,
					this.world.southRep))
			.satisfies((ex) -> assertThat(ex.matches()).extracting(DuplicateMatch::kind)
				.containsExactly(DuplicateMatch.ACCOUNT));
		assertThat(this.sheet.show(second.id(), this.world.southRep).status()).isEqualTo(LeadStatus.ASSIGNED);

		ConversionResult confirmed = this.conversions.convert(second.id(), version, new ConversionRequest(false, null),
				true, this.world.southRep);
		assertThat(confirmed.accountId()).isNotEqualTo(existing.accountId());
	}

	@Test
	void aMatchingLeadAloneDoesNotHoldTheConversionBack() {
		String name = LeadWorld.unique("重名线索");
		ownLead(name);
		RegisteredLead twin = this.leads.register(this.world.lead(name, this.world.south), this.world.southRep, true);
		assertThat(this.conversions.preview(twin.id(), this.world.southRep).leadMatches()).hasSize(1);
		assertThat(this.conversions
			.convert(twin.id(), versionOf(twin.id()), new ConversionRequest(false, null), false, this.world.southRep)
			.accountId()).isPositive();
	}

	@Test
	void theConvertedLeadLeavesTheActiveSheetAndLinksToTheAccount() {
		String tag = LeadWorld.unique("离表");
		RegisteredLead lead = ownLead(tag);
		LeadFilter byName = new LeadFilter(LeadQueue.SHEET, tag, null, null, null, null, null, null, null);
		assertThat(this.sheet.sheet(byName, PageRequest.of(0, 10), this.world.southRep).getContent()).hasSize(1);
		ConversionResult result = this.conversions.convert(lead.id(), versionOf(lead.id()),
				new ConversionRequest(false, null), false, this.world.southRep);
		assertThat(this.sheet.sheet(byName, PageRequest.of(0, 10), this.world.southRep).getContent()).isEmpty();
		LeadFilter converted = new LeadFilter(LeadQueue.SHEET, tag, null, null, null, null, LeadStatus.CONVERTED, null,
				null);
		assertThat(this.sheet.sheet(converted, PageRequest.of(0, 10), this.world.southRep).getContent()).singleElement()
			.satisfies((row) -> assertThat(row.id()).isEqualTo(lead.id()));
		ConversionPreview after = this.conversions.preview(lead.id(), this.world.southRep);
		assertThat(after.converted()).isTrue();
		assertThat(after.convertedAccountId()).isEqualTo(result.accountId());
	}

	@Test
	void aRepOfAnotherRegionDoesNotFindTheLeadAndATeamMateWhoDoesNotOwnItMayNotConvertIt() {
		RegisteredLead lead = ownLead(LeadWorld.unique("他人"));
		long version = versionOf(lead.id());
		assertThatExceptionOfType(LeadNotFoundException.class).isThrownBy(() -> this.conversions.convert(lead.id(),
				version, new ConversionRequest(false, null), false, this.world.eastRep));
		assertThatExceptionOfType(LeadNotFoundException.class)
			.isThrownBy(() -> this.conversions.preview(lead.id(), this.world.eastRep));
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(() -> this.conversions.convert(lead.id(),
				version, new ConversionRequest(false, null), false, this.world.otherSouthRep));
		assertThat(this.sheet.show(lead.id(), this.world.southRep).status()).isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void aConversionBasedOnAnOlderVersionIsRefused() {
		RegisteredLead lead = ownLead(LeadWorld.unique("旧版本"));
		long version = versionOf(lead.id());
		this.leads.recordContact(lead.id(), version, "电话", this.world.southRep);
		this.entities.flush();
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.conversions.convert(lead.id(),
				version, new ConversionRequest(false, null), false, this.world.southRep));
	}

	@Test
	void theCallsLoggedOnTheLeadBecomeTheAccountsAndSetItsLastContact() {
		RegisteredLead lead = ownLead(LeadWorld.unique("带记录"));
		this.leads.recordContact(lead.id(), versionOf(lead.id()), ActivityType.SALES_VISIT, "拜访设备部",
				this.world.southRep);
		this.leads.recordContact(lead.id(), versionOf(lead.id()), null, "电话确认需求", this.world.southRep);
		this.entities.flush();
		this.entities.clear();
		ConversionResult result = this.conversions.convert(lead.id(), versionOf(lead.id()),
				new ConversionRequest(false, null), false, this.world.southRep);
		this.entities.flush();
		this.entities.clear();

		List<ActivityRow> calls = this.activities.activitiesAt(result.accountId(), this.world.southRep);
		assertThat(calls).extracting(ActivityRow::summary).containsExactly("电话确认需求", "拜访设备部");
		assertThat(calls).extracting(ActivityRow::accountId).containsOnly(result.accountId());
		assertThat(this.activities.show(calls.get(0).id(), this.world.southManager).accountId())
			.as("now read through the account, by the team")
			.isEqualTo(result.accountId());
		java.time.Instant lastContact = this.entities.getEntityManager()
			.find(com.kacrm.domain.account.Account.class, result.accountId())
			.getLastContactedAt();
		assertThat(lastContact).isEqualTo(calls.get(0).occurredAt());
		assertThat(this.activities.activitiesOfLead(lead.id())).hasSize(2);
	}

	@Test
	void aConvertedLeadIsNotConvertedAgain() {
		RegisteredLead lead = ownLead(LeadWorld.unique("二次"));
		this.conversions.convert(lead.id(), versionOf(lead.id()), new ConversionRequest(false, null), false,
				this.world.southRep);
		this.entities.flush();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.conversions.convert(lead.id(), versionOf(lead.id()),
					new ConversionRequest(false, null), true, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("conversion.error.leadClosed"));
	}

	@Test
	void aPooledLeadConvertedByAManagerGoesToTheManagersTeamAndAnAdminWithoutATeamThereIsRefused() {
		RegisteredLead pooled = this.leads.register(this.world.lead(LeadWorld.unique("公海"), this.world.south),
				this.world.admin, false);
		assertThat(pooled.status()).isEqualTo(LeadStatus.NEW);
		assertThat(this.sheet.show(pooled.id(), this.world.admin).can().convert()).isFalse();
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.conversions.preview(pooled.id(), this.world.admin));
		assertThatExceptionOfType(NotPermittedException.class)
			.as("an admin has no team to hold the account, so the page offers no conversion")
			.isThrownBy(() -> this.conversions.convert(pooled.id(), versionOf(pooled.id()),
					new ConversionRequest(false, null), false, this.world.admin));
		assertThatExceptionOfType(NotPermittedException.class).as("a rep claims a pooled lead before converting it")
			.isThrownBy(() -> this.conversions.convert(pooled.id(), versionOf(pooled.id()),
					new ConversionRequest(false, null), false, this.world.southRep));

		ConversionResult result = this.conversions.convert(pooled.id(), versionOf(pooled.id()),
				new ConversionRequest(true, "公海项目"), false, this.world.southManager);
		AccountView account = this.accounts.show(result.accountId(), this.world.southManager);
		assertThat(account.teamCode()).isEqualTo(this.world.southTeam.getCode());
		assertThat(account.ownerName()).isEqualTo(this.world.southManager.name());
		assertThat(historyOf(LeadService.LEAD, pooled.id())).filteredOn((row) -> row.field().equals("lead.status"))
			.first()
			.satisfies((row) -> assertThat(row.oldValue()).isEqualTo("NEW"));
	}

	@Test
	void accountsAreSeenByTheirTeamTheTeamsManagerAndAdminsOnly() {
		RegisteredLead lead = ownLead(LeadWorld.unique("可见客户"));
		long accountId = this.conversions
			.convert(lead.id(), versionOf(lead.id()), new ConversionRequest(false, null), false, this.world.southRep)
			.accountId();
		for (Viewer viewer : List.of(this.world.southRep, this.world.otherSouthRep, this.world.southManager,
				this.world.admin)) {
			assertThat(this.accounts.show(accountId, viewer).id()).isEqualTo(accountId);
		}
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.show(accountId, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.accounts.show(Long.MAX_VALUE, this.world.admin));
	}

	@Test
	void creatingAnAccountChecksTheNameKeyLikeLeads() {
		String base = LeadWorld.unique("惠州美达家电");
		Long existing = this.accounts.create(
				new NewAccount(base + "集团", this.world.southTeam.getCode(), null, null, null, null, null),
				Actor.system("test"));
		NewAccount twin = new NewAccount(" " + base + "有限公司", this.world.southTeam.getCode(), null, null, null, null,
				null);
		assertThat(this.accounts.duplicatesOf(twin.name())).extracting("id").containsExactly(existing);
		assertThatExceptionOfType(AccountDuplicateSuspectedException.class)
			.isThrownBy(() -> this.accounts.create(twin, Actor.system("test")))
			.satisfies((ex) -> assertThat(ex.matches()).extracting("id").containsExactly(existing));
		assertThat(this.accounts.create(twin, Actor.system("test"), true)).isNotEqualTo(existing);
	}

	private RegisteredLead ownLead(String name) {
		RegisteredLead lead = this.leads.register(this.world.lead(name, this.world.south), this.world.southRep, true);
		this.entities.flush();
		return lead;
	}

	private long versionOf(long leadId) {
		this.entities.flush();
		return this.sheet.show(leadId, this.world.admin).version();
	}

	private List<HistoryRow> historyOf(String type, long id) {
		return this.history.historyOf(new HistorySubject(type, id), PageRequest.of(0, 50)).getContent();
	}

}

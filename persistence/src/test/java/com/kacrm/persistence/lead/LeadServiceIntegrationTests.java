package com.kacrm.persistence.lead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Registering and working leads on the real database: numbering, classing, the duplicate
 * check by name key, who sees and changes what, and the history. Each test rolls back.
 */
@PersistenceTest
class LeadServiceIntegrationTests {

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

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
	void leadsAreNumberedPerRegionAndYearInChinaTime() {
		RegisteredLead first = this.leads.register(this.world.lead(LeadWorld.unique("甲"), this.world.south),
				this.world.admin, false);
		RegisteredLead second = this.leads.register(this.world.lead(LeadWorld.unique("乙"), this.world.south),
				this.world.admin, false);
		RegisteredLead east = this.leads.register(this.world.lead(LeadWorld.unique("丙"), this.world.east),
				this.world.admin, false);
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(first.number()).isEqualTo(this.world.south.getCode() + "-" + year + "-00001");
		assertThat(second.number()).isEqualTo(this.world.south.getCode() + "-" + year + "-00002");
		assertThat(east.number()).isEqualTo(this.world.east.getCode() + "-" + year + "-00001");
	}

	@Test
	void aRepRegisteringInTheirRegionOwnsTheLeadAndAnAdminsLeadGoesToThePool() {
		RegisteredLead own = this.leads.register(this.world.lead(LeadWorld.unique("自有"), this.world.south),
				this.world.southRep, false);
		RegisteredLead pooled = this.leads.register(this.world.lead(LeadWorld.unique("公海"), this.world.south),
				this.world.admin, false);
		RegisteredLead elsewhere = this.leads.register(this.world.lead(LeadWorld.unique("外区"), this.world.east),
				this.world.southRep, false);
		assertThat(own.status()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(this.sheet.show(own.id(), this.world.southRep).ownerName()).isNotNull();
		assertThat(pooled.status()).isEqualTo(LeadStatus.NEW);
		assertThat(elsewhere.status()).isEqualTo(LeadStatus.NEW);
	}

	@Test
	void theClassIsProposedByTheCriteriaOrSetByHandWithAReason() {
		RegisteredLead proposed = this.leads.register(this.world.lead(LeadWorld.unique("标准"), this.world.south),
				this.world.admin, false);
		assertThat(proposed.customerClass()).isEqualTo(Tier.A);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.leads.register(
					this.world.lead(LeadWorld.unique("手工"), this.world.south, Tier.C, " "), this.world.admin, false))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field()).containsExactly("classReason"));
		RegisteredLead byHand = this.leads.register(
				this.world.lead(LeadWorld.unique("手工"), this.world.south, Tier.C, "集团采购在总部"), this.world.admin, false);
		LeadView view = this.sheet.show(byHand.id(), this.world.admin);
		assertThat(view.customerClass()).isEqualTo(Tier.C);
		assertThat(view.classSetByHand()).isTrue();
		assertThat(historyOf(byHand.id())).extracting(HistoryRow::reason).contains("集团采购在总部");
	}

	@Test
	void anotherSpellingOfAnExistingLeadIsHeldBackUntilConfirmed() {
		String base = LeadWorld.unique("深圳华达");
		RegisteredLead existing = this.leads.register(this.world.lead(base + "集团有限公司", this.world.south),
				this.world.southRep, false);
		assertThatExceptionOfType(DuplicateSuspectedException.class)
			.isThrownBy(() -> this.leads.register(this.world.lead(" " + base + "（集团）", this.world.south),
					this.world.eastRep, false))
			.satisfies((ex) -> assertThat(ex.matches()).singleElement().satisfies((match) -> {
				assertThat(match.id()).isEqualTo(existing.id());
				assertThat(match.number()).isEqualTo(existing.number());
				assertThat(match.visible()).as("another region's rep only learns that it exists").isFalse();
			}));
		RegisteredLead confirmed = this.leads.register(this.world.lead(base + "（集团）", this.world.south),
				this.world.eastRep, true);
		assertThat(confirmed.id()).isNotEqualTo(existing.id());
	}

	@Test
	void repsSeeTheirTeamsLeadsAndTheirRegionsPoolButNotOtherRegions() {
		String tag = LeadWorld.unique("可见");
		RegisteredLead southOwned = this.leads.register(this.world.lead(tag + "南自有", this.world.south),
				this.world.otherSouthRep, false);
		RegisteredLead southPool = this.leads.register(this.world.lead(tag + "南公海", this.world.south), this.world.admin,
				false);
		RegisteredLead eastOwned = this.leads.register(this.world.lead(tag + "东自有", this.world.east),
				this.world.eastRep, false);
		LeadFilter byTag = new LeadFilter(LeadQueue.SHEET, tag, null, null, null, null, null, null, null);
		assertThat(names(byTag, this.world.southRep)).containsExactlyInAnyOrder(tag + "南自有", tag + "南公海");
		assertThat(names(byTag, this.world.southManager)).containsExactlyInAnyOrder(tag + "南自有", tag + "南公海");
		assertThat(names(byTag, this.world.eastRep)).containsExactly(tag + "东自有");
		assertThat(names(byTag, this.world.admin)).hasSize(3);
		LeadFilter pool = new LeadFilter(LeadQueue.POOL, tag, null, null, null, null, null, null, null);
		assertThat(names(pool, this.world.southRep)).containsExactly(tag + "南公海");
		assertThatExceptionOfType(LeadNotFoundException.class)
			.isThrownBy(() -> this.sheet.show(eastOwned.id(), this.world.southRep));
		LeadPermissions teammate = this.sheet.show(southOwned.id(), this.world.southRep).can();
		assertThat(teammate.edit()).as("a rep edits their team's leads (SPEC 1)").isTrue();
		assertThat(teammate.recordContact()).as("only the owner logs contacts").isFalse();
		assertThat(this.sheet.show(southPool.id(), this.world.southManager).can().assign()).isTrue();
	}

	@Test
	void theSheetFiltersByClassPeriodAndSourceChannelAndSortsByColumn() {
		String tag = LeadWorld.unique("筛选");
		this.leads.register(this.world.lead(tag + "A", this.world.south), this.world.admin, false);
		this.leads.register(this.world.lead(tag + "C", this.world.south, Tier.C, "电话跟进"), this.world.admin, false);
		NewLead channelOnly = this.world.lead(tag + "渠道", this.world.south);
		this.leads.register(new NewLead(channelOnly.customerName(), channelOnly.regionCode(),
				channelOnly.industryCode(), channelOnly.industryRank(), channelOnly.annualRevenue(), null, null,
				"INTERNET", null, null, null, null), this.world.admin, false);
		LeadFilter phone = new LeadFilter(LeadQueue.PHONE, tag, null, null, null, null, null, null, null);
		assertThat(names(phone, this.world.admin)).containsExactly(tag + "C");
		LeadFilter visits = new LeadFilter(LeadQueue.VISITS, tag, null, null, null, "INTERNET", null, null, null);
		assertThat(names(visits, this.world.admin)).as("a channel finds its own leads and its sources' leads")
			.containsExactlyInAnyOrder(tag + "A", tag + "渠道");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LeadFilter yesterday = new LeadFilter(null, tag, null, null, null, null, null, today.minusDays(1),
				today.minusDays(1));
		assertThat(names(yesterday, this.world.admin)).isEmpty();
		LeadFilter todayOnly = new LeadFilter(null, tag, this.world.south.getCode(), "AUTO_PARTS", null, null,
				LeadStatus.NEW, today, today);
		assertThat(this.sheet.sheet(todayOnly, PageRequest.of(0, 10, Sort.by("customerClass")), this.world.admin)
			.map(LeadRow::customerName)
			.getContent()).containsExactly(tag + "渠道", tag + "A", tag + "C");
	}

	@Test
	void editingChangesTheClassWithTheDataAndRecordsEachField() {
		RegisteredLead lead = this.leads.register(this.world.lead(LeadWorld.unique("编辑"), this.world.south),
				this.world.southRep, false);
		LeadView before = this.sheet.show(lead.id(), this.world.southRep);
		this.leads.update(lead.id(), before.version(), new LeadDraft(before.customerName(), before.regionCode(),
				"AUTO_PARTS", 120, new java.math.BigDecimal("800"), "MEDIA", null, "改为电话跟进"), this.world.southRep);
		LeadView after = this.sheet.show(lead.id(), this.world.southRep);
		assertThat(after.customerClass()).isEqualTo(Tier.D);
		assertThat(historyOf(lead.id())).extracting(HistoryRow::field)
			.contains("lead.industryRank", "lead.annualRevenue", "lead.source", "lead.notes", "record.tier")
			.doesNotContain("lead.customerName");
		// The edit reaches the database (its commit, in the app) before the stale page
		// saves.
		this.entities.flush();
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.leads.update(lead.id(),
				before.version(), new LeadDraft("旧页面", before.regionCode(), null, null, null, null, null, null),
				this.world.southRep));
	}

	@Test
	void managersAssignWithinTheirTeamsAndRepsMayNot() {
		RegisteredLead pooled = this.leads.register(this.world.lead(LeadWorld.unique("分配"), this.world.south),
				this.world.admin, false);
		long version = this.sheet.show(pooled.id(), this.world.southManager).version();
		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(
				() -> this.leads.assign(pooled.id(), version, this.world.southRepUsername, this.world.southRep));
		this.leads.assign(pooled.id(), version, this.world.southRepUsername, this.world.southManager);
		LeadView assigned = this.sheet.show(pooled.id(), this.world.southRep);
		assertThat(assigned.status()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(assigned.can().recordContact()).isTrue();
		this.leads.recordContact(pooled.id(), assigned.version(), "电话联系王经理", this.world.southRep);
		assertThat(this.sheet.show(pooled.id(), this.world.southRep).status()).isEqualTo(LeadStatus.CONTACTING);
	}

	@Test
	void aCallOnALeadIsAnActivityWithItsOutcomeOfATypeALeadTakes() {
		RegisteredLead lead = this.leads.register(this.world.lead(LeadWorld.unique("来电"), this.world.south),
				this.world.southRep, false);
		long version = this.sheet.show(lead.id(), this.world.southRep).version();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.leads.recordContact(lead.id(), version, ActivityType.SALES_VISIT, " ", this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field", "messageKey")
				.containsExactly(org.assertj.core.groups.Tuple.tuple("note", "form.required")));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.leads.recordContact(lead.id(), version, ActivityType.NEGOTIATION, "谈判", this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("type"));
		assertThat(this.activities.activitiesOfLead(lead.id())).isEmpty();

		this.leads.recordContact(lead.id(), version, ActivityType.SALES_VISIT, "上门拜访采购部", this.world.southRep);
		this.leads.recordContact(lead.id(), this.sheet.show(lead.id(), this.world.southRep).version(), "电话约下次拜访",
				this.world.southRep);
		this.entities.flush();
		this.entities.clear();

		List<ActivityRow> calls = this.activities.activitiesOfLead(lead.id());
		assertThat(calls).extracting(ActivityRow::type, ActivityRow::summary, ActivityRow::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ActivityType.PHONE_INVITATION, "电话约下次拜访", ActivityStatus.DONE),
					org.assertj.core.groups.Tuple.tuple(ActivityType.SALES_VISIT, "上门拜访采购部", ActivityStatus.DONE));
		assertThat(calls).allSatisfy((call) -> {
			assertThat(call.accountId()).as("no account yet").isNull();
			assertThat(call.ownerId()).isEqualTo(this.world.southRep.userId());
		});
		LeadView contacted = this.sheet.show(lead.id(), this.world.southRep);
		assertThat(contacted.status()).isEqualTo(LeadStatus.CONTACTING);
		assertThat(contacted.lastContactedAt()).isEqualTo(calls.get(0).occurredAt());
		assertThat(this.history.latestOf(new HistorySubject(LeadService.LEAD, lead.id())))
			.extracting(HistoryRow::newValue, HistoryRow::reason)
			.contains(org.assertj.core.groups.Tuple.tuple("ACTIVITY_SALES_VISIT", "上门拜访采购部"));
	}

	@Test
	void anOwnedLeadStaysInItsTeamsRegion() {
		RegisteredLead lead = this.leads.register(this.world.lead(LeadWorld.unique("区域"), this.world.south),
				this.world.southRep, false);
		LeadView view = this.sheet.show(lead.id(), this.world.southManager);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.leads.update(lead.id(), view.version(),
							new LeadDraft(view.customerName(), this.world.east.getCode(), null, null, null, null, null,
									null),
							this.world.southManager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field()).containsExactly("regionCode"));
		RegisteredLead east = this.leads.register(this.world.lead(LeadWorld.unique("东区公海"), this.world.east),
				this.world.admin, false);
		assertThatExceptionOfType(ChangeRejected.class).as("a south rep cannot own an east lead")
			.isThrownBy(() -> this.leads.assign(east.id(), 0, this.world.southRepUsername, this.world.admin));
	}

	@Test
	void aDiscardedLeadNeedsAReasonAndLeavesTheActiveSheet() {
		String name = LeadWorld.unique("放弃");
		RegisteredLead lead = this.leads.register(this.world.lead(name, this.world.south), this.world.southRep, false);
		long version = this.sheet.show(lead.id(), this.world.southRep).version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.leads.discard(lead.id(), version, "", this.world.southRep));
		this.leads.discard(lead.id(), version, "客户已倒闭", this.world.southRep);
		LeadFilter byName = new LeadFilter(null, name, null, null, null, null, null, null, null);
		assertThat(names(byName, this.world.southRep)).isEmpty();
		LeadFilter discarded = new LeadFilter(null, name, null, null, null, null, LeadStatus.DISCARDED, null, null);
		assertThat(names(discarded, this.world.southRep)).containsExactly(name);
	}

	private List<String> names(LeadFilter filter, com.kacrm.persistence.shared.Viewer viewer) {
		return this.sheet.sheet(filter, PageRequest.of(0, 50), viewer).map(LeadRow::customerName).getContent();
	}

	private List<HistoryRow> historyOf(long id) {
		return this.history.latestOf(new HistorySubject(LeadService.LEAD, id));
	}

}

package com.kacrm.persistence.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.lead.LeadPoolRelease;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.lead.PoolReleaseKind;
import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.pool.PoolRuleEdit;
import com.kacrm.persistence.pool.PoolRuleRow;
import com.kacrm.persistence.pool.PoolRuleService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The public pool of leads on the real database: claiming within the holding cap and
 * after the cooldown, giving leads back, and the sweep that warns owners once and returns
 * leads whose time ran out, each in the lead's history. Leads are of tier C (seeded rule:
 * 30 days without contact, 90 without progress, warned 7 days before, cooldown 15 days).
 * Each test rolls back.
 */
@PersistenceTest
class LeadPoolServiceIntegrationTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	@Autowired
	LeadPoolService pool;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	HistoryService history;

	@Autowired
	PoolRuleService poolRules;

	@Autowired
	TestEntityManager entities;

	@Autowired
	com.kacrm.persistence.activity.ActivityService activities;

	@Autowired
	DataSource dataSource;

	LeadWorld world;

	@BeforeEach
	void createOrganisation() {
		this.world = new LeadWorld(this.entities);
	}

	@Test
	void aRepClaimsAPooledLeadOfTheirRegion() {
		long id = pooledLead();
		LeadPoolChange claimed = this.pool.claim(id, version(id), this.world.southRep);
		assertThat(claimed.status()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(claimed.ownerUsername()).isEqualTo(this.world.southRepUsername);
		LeadView view = this.sheet.show(id, this.world.southRep);
		assertThat(view.version()).isEqualTo(claimed.version());
		assertThat(view.teamCode()).isEqualTo(this.world.southTeam.getCode());
		assertThat(view.ownedSince()).isNotNull();
		assertThat(historyOf(id)).filteredOn((row) -> LeadPoolService.CLAIM_REASON.equals(row.reason()))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue, HistoryRow::actorName)
			.containsExactlyInAnyOrder(
					tuple("lead.owner", null, this.world.southRep.name(), this.world.southRep.name()),
					tuple("lead.status", "NEW", "ASSIGNED", this.world.southRep.name()));
	}

	@Test
	void managersOfTheRegionClaimTooButAdminsAndOtherRegionsCannot() {
		long id = pooledLead();
		assertThatExceptionOfType(LeadNotFoundException.class)
			.isThrownBy(() -> this.pool.claim(id, version(id), this.world.eastRep));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.pool.claim(id, version(id), this.world.admin));
		assertThat(this.pool.claim(id, version(id), this.world.southManager).status()).isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void aLeadAlreadyClaimedCannotBeClaimedAgain() {
		long id = pooledLead();
		long shown = version(id);
		LeadPoolChange first = this.pool.claim(id, shown, this.world.southRep);
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.pool.claim(id, shown, this.world.southManager));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.pool.claim(id, first.version(), this.world.southManager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("pool.error.notInPool"));
	}

	@Test
	void aRepHoldingTheCapOfTheTierIsRefused() {
		capTierC(2);
		long first = pooledLead();
		long second = pooledLead();
		long third = pooledLead();
		this.pool.claim(first, version(first), this.world.southRep);
		PoolStatus before = this.pool.status(second, this.world.southRep);
		assertThat(before.held()).isEqualTo(1);
		assertThat(before.capReached()).isFalse();
		this.pool.claim(second, version(second), this.world.southRep);
		assertThat(this.pool.status(third, this.world.southRep).capReached()).isTrue();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.pool.claim(third, version(third), this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("pool.error.capReached");
				assertThat(v.arguments()).containsExactly(2, "C");
			}));
		assertThat(this.sheet.show(third, this.world.southRep).status()).isEqualTo(LeadStatus.NEW);
		assertThat(this.pool.claim(third, version(third), this.world.otherSouthRep).status()).as("the cap is per rep")
			.isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void theOwnerGivesALeadBackWithAReason() {
		long id = pooledLead();
		LeadPoolChange claimed = this.pool.claim(id, version(id), this.world.southRep);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.pool.release(id, claimed.version(), " ", this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field()).containsExactly("reason"));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.pool.release(id, claimed.version(), "不是我的", this.world.otherSouthRep));
		LeadPoolChange released = this.pool.release(id, claimed.version(), "客户已有合作方", this.world.southRep);
		assertThat(released.status()).isEqualTo(LeadStatus.NEW);
		assertThat(released.ownerUsername()).isNull();
		assertThat(releasesOf(id)).singleElement().satisfies((release) -> {
			assertThat(release.getKind()).isEqualTo(PoolReleaseKind.RELEASED);
			assertThat(release.getUser().getId()).isEqualTo(this.world.southRep.userId());
		});
		assertThat(historyOf(id)).filteredOn((row) -> "客户已有合作方".equals(row.reason()))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple("lead.owner", this.world.southRep.name(), null),
					tuple("lead.status", "ASSIGNED", "NEW"));
	}

	@Test
	void thePreviousOwnerWaitsForTheCooldownOthersDoNot() {
		long id = pooledLead();
		LeadPoolChange claimed = this.pool.claim(id, version(id), this.world.southRep);
		LeadPoolChange released = this.pool.release(id, claimed.version(), "暂时跟不过来", this.world.southRep);
		assertThat(this.pool.status(id, this.world.southRep).cooldownEndsOn()).isNotNull();
		assertThat(this.pool.status(id, this.world.otherSouthRep).cooldownEndsOn()).isNull();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.pool.claim(id, released.version(), this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("pool.error.cooldown");
				assertThat(v.arguments()).containsExactly(this.pool.status(id, this.world.southRep).cooldownEndsOn());
			}));
		// 16 days later the cooldown of 15 days is over.
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery("update lead_pool_release set released_at = released_at - interval '16 days'"
					+ " where lead_id = :lead")
			.setParameter("lead", id)
			.executeUpdate();
		this.entities.clear();
		assertThat(this.pool.status(id, this.world.southRep).cooldownEndsOn()).isNull();
		assertThat(this.pool.claim(id, released.version(), this.world.southRep).status())
			.isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void theSweepWarnsTheOwnerOnceBeforeTheReturn() {
		long id = ownedLead();
		Instant ownedSince = this.sheet.show(id, this.world.southRep).ownedSince();
		Instant returnsAt = ownedSince.plus(Duration.ofDays(30));
		assertThat(this.pool.sweep(ownedSince.plus(Duration.ofDays(22))).skipped()).isFalse();
		assertThat(noticesOf(id)).isEmpty();
		this.pool.sweep(ownedSince.plus(Duration.ofDays(23)));
		assertThat(noticesOf(id)).singleElement().satisfies((notice) -> {
			assertThat(notice.getKind()).isEqualTo(NoticeKind.POOL_WARNING);
			assertThat(notice.getRecipient().getId()).isEqualTo(this.world.southRep.userId());
			assertThat(notice.getArguments()).containsExactly(this.sheet.show(id, this.world.southRep).number(),
					this.sheet.show(id, this.world.southRep).customerName(),
					DAY.format(returnsAt.atZone(ZoneId.of("Asia/Shanghai"))));
		});
		this.pool.sweep(ownedSince.plus(Duration.ofDays(24)));
		assertThat(noticesOf(id)).as("warned once").hasSize(1);
		assertThat(this.sheet.show(id, this.world.southRep).status()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(this.pool.status(id, this.world.southRep).returnsOn())
			.isEqualTo(returnsAt.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
	}

	@Test
	void aContactAfterTheWarningRestartsTheClockAndTheNextStretchIsWarnedAgain() {
		long id = ownedLead();
		Instant ownedSince = this.sheet.show(id, this.world.southRep).ownedSince();
		this.pool.sweep(ownedSince.plus(Duration.ofDays(23)));
		assertThat(noticesOf(id)).hasSize(1);
		// The warning was posted "in the future"; move it back before a contact logged
		// now.
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery(
					"update notice set created_at = created_at - interval '30 days' where subject_id = :lead")
			.setParameter("lead", id)
			.executeUpdate();
		this.entities.clear();
		this.leads.recordContact(id, version(id), "电话沟通", this.world.southRep);
		Instant contacted = this.sheet.show(id, this.world.southRep).lastContactedAt();
		this.pool.sweep(contacted.plus(Duration.ofDays(22)));
		assertThat(noticesOf(id)).hasSize(1);
		this.pool.sweep(contacted.plus(Duration.ofDays(23)));
		assertThat(noticesOf(id)).hasSize(2);
	}

	@Test
	void aCallLoggedOnALeadRestartsItsPoolClockAsTheSweepReadsIt() {
		long id = ownedLead();
		long untouched = ownedLead();
		this.entities.getEntityManager()
			.createNativeQuery("update lead set owned_since = owned_since - interval '10 days' where id in (:ids)")
			.setParameter("ids", List.of(id, untouched))
			.executeUpdate();
		this.entities.clear();
		this.leads.recordContact(id, version(id), com.kacrm.domain.activity.ActivityType.PHONE_INVITATION, "电话沟通需求",
				this.world.southRep);
		this.entities.flush();
		this.entities.clear();

		Instant call = this.activities.activitiesOfLead(id).get(0).occurredAt();
		com.kacrm.domain.lead.Lead lead = this.entities.find(com.kacrm.domain.lead.Lead.class, id);
		assertThat(com.kacrm.domain.lead.LeadPoolPolicy.lastContactOf(lead)).isEqualTo(call);
		Instant ownedSince = this.sheet.show(id, this.world.southRep).ownedSince();
		assertThat(ownedSince).isBefore(call.minus(Duration.ofDays(9)));

		this.pool.sweep(ownedSince.plus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
		assertThat(this.sheet.show(untouched, this.world.southRep).status()).as("not called for 30 days")
			.isEqualTo(LeadStatus.NEW);
		assertThat(this.sheet.show(id, this.world.southRep).status()).as("called 10 days after it was taken")
			.isEqualTo(LeadStatus.CONTACTING);
		this.pool.sweep(call.plus(Duration.ofDays(30)).plus(Duration.ofHours(1)));
		assertThat(this.sheet.show(id, this.world.southRep).status()).as("30 days after the call")
			.isEqualTo(LeadStatus.NEW);
	}

	@Test
	void theSweepReturnsALeadWhoseTimeRanOut() {
		long id = ownedLead();
		long other = ownedLead();
		Instant ownedSince = this.sheet.show(id, this.world.southRep).ownedSince();
		this.leads.recordContact(other, version(other), "拜访", this.world.southRep);
		// The other lead was contacted later; push its contact a day ahead to be sure.
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery("update lead set last_contacted_at = owned_since + interval '1 day' where id = :lead")
			.setParameter("lead", other)
			.executeUpdate();
		this.entities.clear();
		Instant now = ownedSince.plus(Duration.ofDays(30));
		LeadPoolService.SweepResult result = this.pool.sweep(now);
		assertThat(result.returned()).isGreaterThanOrEqualTo(1);
		LeadView returned = this.sheet.show(id, this.world.southRep);
		assertThat(returned.status()).isEqualTo(LeadStatus.NEW);
		assertThat(returned.ownerUsername()).isNull();
		assertThat(this.sheet.show(other, this.world.southRep).status()).as("contacted a day later")
			.isEqualTo(LeadStatus.CONTACTING);
		assertThat(releasesOf(id)).singleElement().satisfies((release) -> {
			assertThat(release.getKind()).isEqualTo(PoolReleaseKind.RETURNED);
			assertThat(release.getReleasedAt()).isEqualTo(now);
		});
		assertThat(historyOf(id)).filteredOn((row) -> LeadPoolService.RULE_ACTOR.equals(row.actorName()))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue, HistoryRow::reason)
			.containsExactlyInAnyOrder(tuple("lead.owner", this.world.southRep.name(), null, "30 天未联系"),
					tuple("lead.status", "ASSIGNED", "NEW", "30 天未联系"));
		assertThat(historyOf(id)).filteredOn((row) -> LeadPoolService.RULE_ACTOR.equals(row.actorName()))
			.extracting(HistoryRow::reasonMessage)
			.as("screens show the reason in the reader's language")
			.containsOnly(com.kacrm.domain.history.ReasonMessage.of("pool.history.noContact", 30));
		assertThat(noticesOf(id)).extracting(Notice::getKind).containsExactly(NoticeKind.POOL_RETURNED);
		assertThat(noticesOf(id).get(0).getRecipient().getId()).isEqualTo(this.world.southRep.userId());
		assertThat(this.pool.status(id, this.world.southRep).cooldownEndsOn()).as("the cooldown applies to returns")
			.isNotNull();
	}

	@Test
	void withoutProgressALeadReturnsThoughContacted() {
		long id = ownedLead();
		Instant ownedSince = this.sheet.show(id, this.world.southRep).ownedSince();
		this.leads.recordContact(id, version(id), "电话", this.world.southRep);
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery("update lead set last_contacted_at = owned_since + interval '80 days' where id = :lead")
			.setParameter("lead", id)
			.executeUpdate();
		this.entities.clear();
		this.pool.sweep(ownedSince.plus(Duration.ofDays(90)));
		assertThat(this.sheet.show(id, this.world.southRep).status()).isEqualTo(LeadStatus.NEW);
		assertThat(historyOf(id)).filteredOn((row) -> LeadPoolService.RULE_ACTOR.equals(row.actorName()))
			.extracting(HistoryRow::reason)
			.containsOnly("90 天无进展");
	}

	@Test
	void theSweepIsSkippedWhileAnotherNodeHoldsTheLock() throws Exception {
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
				lock.setLong(1, LeadPoolService.SWEEP_LOCK);
				lock.execute();
			}
			assertThat(this.pool.sweep(Instant.now())).isEqualTo(new LeadPoolService.SweepResult(true, 0, 0));
			other.rollback();
		}
	}

	private long pooledLead() {
		return this.leads
			.register(this.world.lead(LeadWorld.unique("公海"), this.world.south, Tier.C, "电话客户"), this.world.admin, true)
			.id();
	}

	/** Owned by the south rep since now, read back as the database keeps the time. */
	private long ownedLead() {
		long id = this.leads
			.register(this.world.lead(LeadWorld.unique("自有"), this.world.south, Tier.C, "电话客户"), this.world.southRep,
					true)
			.id();
		this.entities.flush();
		this.entities.clear();
		return id;
	}

	private long version(long id) {
		return this.sheet.show(id, this.world.admin).version();
	}

	private void capTierC(int cap) {
		PoolRuleRow c = this.poolRules.rules().get(Tier.C.ordinal());
		PoolRuleSettings s = c.settings();
		this.poolRules.update(List.of(new PoolRuleEdit(Tier.C, c.version(),
				new PoolRuleSettings(s.contactDays(), s.progressDays(), s.warningDays(), cap, s.cooldownDays()))),
				Actor.system("test"));
	}

	private List<LeadPoolRelease> releasesOf(long id) {
		return this.entities.getEntityManager()
			.createQuery("select r from LeadPoolRelease r join fetch r.user where r.lead.id = :lead",
					LeadPoolRelease.class)
			.setParameter("lead", id)
			.getResultList();
	}

	private List<Notice> noticesOf(long id) {
		return this.entities.getEntityManager()
			.createQuery("select n from Notice n join fetch n.recipient where n.subjectType = 'LEAD'"
					+ " and n.subjectId = :lead order by n.id", Notice.class)
			.setParameter("lead", id)
			.getResultList();
	}

	private List<HistoryRow> historyOf(long id) {
		return this.history.historyOf(new HistorySubject(LeadService.LEAD, id), PageRequest.of(0, 100)).getContent();
	}

}

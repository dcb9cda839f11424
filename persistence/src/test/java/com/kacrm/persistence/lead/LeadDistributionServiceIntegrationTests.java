package com.kacrm.persistence.lead;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import javax.sql.DataSource;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.lead.DistributionTrigger;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.persistence.inbox.NoticeNotFoundException;
import com.kacrm.persistence.inbox.NoticeRow;
import com.kacrm.persistence.lead.DistributionOutcome.Result;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sending the lead sheet to the regions' managers (定期转发) on the real database: each sheet
 * carries the leads since the previous one, its recipients find it in their inbox, the
 * schedule keeps quiet without new leads, only the region's managers and admins send and
 * see it, and a region being sent elsewhere is skipped. Each test rolls back.
 */
@PersistenceTest
class LeadDistributionServiceIntegrationTests {

	static final Actor SCHEDULE = Actor.system("定期转发");

	@Autowired
	LeadDistributionService distribution;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	InboxService inbox;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	@Autowired
	DataSource dataSource;

	LeadWorld world;

	@BeforeEach
	void createOrganisation() {
		this.world = new LeadWorld(this.entities);
	}

	@Test
	void theSecondSheetCarriesOnlyTheLeadsRegisteredSinceTheFirst() {
		RegisteredLead early = register("早");
		DistributionOutcome first = this.distribution.distribute(this.world.south.getCode(), this.world.southManager);
		RegisteredLead late = register("晚");
		DistributionOutcome second = this.distribution.distribute(this.world.south.getCode(), this.world.admin);

		DistributionView firstSheet = this.distribution.distribution(first.distributionId(), this.world.southManager);
		DistributionView secondSheet = this.distribution.distribution(second.distributionId(), this.world.southManager);
		assertThat(firstSheet.leads()).extracting(LeadRow::number).containsExactly(early.number());
		assertThat(secondSheet.leads()).extracting(LeadRow::number).containsExactly(late.number());
		assertThat(firstSheet.distribution().periodStart()).isNull();
		assertThat(secondSheet.distribution().periodStart()).isEqualTo(firstSheet.distribution().periodEnd());
		assertThat(secondSheet.distribution().periodEnd()).isAfter(secondSheet.distribution().periodStart());
		assertThat(secondSheet.distribution().leadCount()).isEqualTo(1);
		assertThat(secondSheet.distribution().sentByName()).isEqualTo(this.world.admin.name());
		assertThat(secondSheet.distribution().trigger()).isEqualTo(DistributionTrigger.ON_DEMAND);
	}

	@Test
	void closedLeadsAndOtherRegionsLeadsAreNotOnTheSheet() {
		RegisteredLead open = register("开");
		RegisteredLead discarded = register("弃");
		this.leads.discard(discarded.id(), this.sheet.show(discarded.id(), this.world.admin).version(), "重复登记",
				this.world.admin);
		this.leads.register(this.world.lead(LeadWorld.unique("东"), this.world.east), this.world.admin, false);
		DistributionOutcome sent = this.distribution.distribute(this.world.south.getCode(), this.world.admin);
		assertThat(this.distribution.distribution(sent.distributionId(), this.world.admin).leads())
			.extracting(LeadRow::number)
			.containsExactly(open.number());
	}

	@Test
	void theRegionsManagersGetANoticeLinkingTheSheet() {
		register("通知");
		DistributionOutcome sent = this.distribution.distribute(this.world.south.getCode(), this.world.admin);

		List<NoticeRow> notices = this.inbox.notices(this.world.southManager, PageRequest.of(0, 10)).getContent();
		assertThat(notices).hasSize(1);
		NoticeRow notice = notices.get(0);
		assertThat(notice.kind()).isEqualTo(NoticeKind.LEAD_SHEET);
		assertThat(notice.subjectType()).isEqualTo(LeadDistributionService.SUBJECT_TYPE);
		assertThat(notice.subjectId()).isEqualTo(sent.distributionId());
		assertThat(notice.arguments()).startsWith("南区", "1").contains("South");
		assertThat(notice.unread()).isTrue();
		assertThat(this.inbox.unreadCount(this.world.southManager.userId())).isEqualTo(1);
		assertThat(this.inbox.notices(this.world.southRep, PageRequest.of(0, 10))).isEmpty();

		assertThat(this.inbox.open(notice.id(), this.world.southManager).unread()).isFalse();
		assertThat(this.inbox.unreadCount(this.world.southManager.userId())).isZero();
		assertThatExceptionOfType(NoticeNotFoundException.class)
			.isThrownBy(() -> this.inbox.open(notice.id(), this.world.southRep));
	}

	@Test
	void aRegionWithoutManagerSendsItsSheetToTheAdmins() {
		DistributionOutcome sent = this.distribution.distribute(this.world.east.getCode(), this.world.admin);
		assertThat(this.inbox.notices(this.world.admin, PageRequest.of(0, 50)).getContent())
			.anySatisfy((notice) -> assertThat(notice.subjectId()).isEqualTo(sent.distributionId()));
	}

	@Test
	void sendingIsRecordedInTheSheetsHistory() {
		register("记录");
		DistributionOutcome sent = this.distribution.distribute(this.world.south.getCode(), this.world.southManager);
		List<HistoryRow> rows = this.history
			.latestOf(new HistorySubject(LeadDistributionService.SUBJECT_TYPE, sent.distributionId()));
		assertThat(rows).extracting(HistoryRow::field)
			.contains("distribution.leadCount", "distribution.recipients", "distribution.trigger");
		assertThat(rows).allSatisfy((row) -> assertThat(row.actorName()).isEqualTo(this.world.southManager.name()));
		assertThat(rows).filteredOn((row) -> row.field().equals("distribution.recipients"))
			.singleElement()
			.satisfies((row) -> assertThat(row.newValue()).isEqualTo(this.world.southManager.name()));
	}

	@Test
	void onDemandASheetWithoutNewLeadsIsSentSoTheManagerSeesNoNewLeads() {
		DistributionOutcome sent = this.distribution.distribute(this.world.south.getCode(), this.world.southManager);
		assertThat(sent.result()).isEqualTo(Result.SENT);
		assertThat(sent.leadCount()).isZero();
		assertThat(this.inbox.unreadCount(this.world.southManager.userId())).isEqualTo(1);
	}

	@Test
	void theScheduleSkipsRegionsWithoutNewLeads() {
		RegisteredLead lead = register("定期");
		List<DistributionOutcome> outcomes = this.distribution.distributeAll(SCHEDULE);

		DistributionOutcome south = outcomeOf(outcomes, this.world.south.getCode());
		DistributionOutcome east = outcomeOf(outcomes, this.world.east.getCode());
		assertThat(south.result()).isEqualTo(Result.SENT);
		assertThat(east.result()).isEqualTo(Result.NOTHING_NEW);
		DistributionView sheet = this.distribution.distribution(south.distributionId(), this.world.admin);
		assertThat(sheet.leads()).extracting(LeadRow::number).containsExactly(lead.number());
		assertThat(sheet.distribution().sentBySchedule()).isTrue();
		assertThat(sheet.distribution().sentByName()).isEqualTo("定期转发");
		assertThat(this.distribution.distributions(this.world.admin, PageRequest.of(0, 500)).getContent())
			.noneMatch((row) -> row.regionCode().equals(this.world.east.getCode()));

		List<DistributionOutcome> again = this.distribution.distributeAll(SCHEDULE);
		assertThat(outcomeOf(again, this.world.south.getCode()).result()).isEqualTo(Result.NOTHING_NEW);
	}

	@Test
	void aManagerSendsOnlyTheRegionsOfTheTeamsTheyManageAndRepsSendNothing() {
		assertThat(this.distribution.distributableRegions(this.world.southManager))
			.extracting(DistributableRegion::code)
			.containsExactly(this.world.south.getCode());
		assertThat(this.distribution.distributableRegions(this.world.southRep)).isEmpty();
		assertThat(this.distribution.distributableRegions(this.world.admin)).extracting(DistributableRegion::code)
			.contains(this.world.south.getCode(), this.world.east.getCode());
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.distribution.distribute(this.world.east.getCode(), this.world.southManager));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.distribution.distribute(this.world.south.getCode(), this.world.southRep));
	}

	@Test
	void aManagerSeesOnlyTheSheetsOfTheirRegionsAndRepsNone() {
		DistributionOutcome east = this.distribution.distribute(this.world.east.getCode(), this.world.admin);
		DistributionOutcome south = this.distribution.distribute(this.world.south.getCode(), this.world.admin);
		assertThat(this.distribution.distributions(this.world.southManager, PageRequest.of(0, 50)).getContent())
			.extracting(DistributionRow::id)
			.containsExactly(south.distributionId());
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.distribution.distributions(this.world.southRep, PageRequest.of(0, 50)));
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distribution.distribution(east.distributionId(), this.world.southManager));
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distribution.distribution(south.distributionId(), this.world.southRep));
	}

	@Test
	void aRegionBeingSentElsewhereIsSkipped() throws Exception {
		register("并发");
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
				lock.setInt(1, LeadDistributionService.LOCK_NAMESPACE);
				lock.setInt(2, this.world.south.getId().intValue());
				lock.execute();
			}
			DistributionOutcome onDemand = this.distribution.distribute(this.world.south.getCode(),
					this.world.southManager);
			List<DistributionOutcome> scheduled = this.distribution.distributeAll(SCHEDULE);
			other.rollback();

			assertThat(onDemand.result()).isEqualTo(Result.BUSY);
			assertThat(outcomeOf(scheduled, this.world.south.getCode()).result()).isEqualTo(Result.BUSY);
			assertThat(this.inbox.unreadCount(this.world.southManager.userId())).isZero();
		}
		assertThat(this.distribution.distribute(this.world.south.getCode(), this.world.southManager).result())
			.isEqualTo(Result.SENT);
	}

	private RegisteredLead register(String name) {
		return this.leads.register(this.world.lead(LeadWorld.unique(name), this.world.south), this.world.admin, false);
	}

	private static DistributionOutcome outcomeOf(List<DistributionOutcome> outcomes, String regionCode) {
		return outcomes.stream().filter((outcome) -> outcome.regionCode().equals(regionCode)).findFirst().orElseThrow();
	}

}

package com.kacrm.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The activity list on the real database: only what the viewer sees (by the account, or
 * the deal), each filter, days of the business zone, the allowed sorts, and pages read in
 * the same few statements whatever their size. Each test rolls back.
 */
@PersistenceTest
class ActivityListServiceIntegrationTests {

	@Autowired
	ActivityListService list;

	@Autowired
	ActivityService activities;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	ApprovalWorld world;

	long visit;

	long call;

	long plan;

	long eastVisit;

	long deal;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities, this.context);
		this.deal = this.world.newDeal("列表");
		this.visit = this.activities.log(new NewActivity(this.world.accountId, this.deal,
				new ActivityDetails(ActivityType.SALES_VISIT, Instant.now().minus(3, ChronoUnit.DAYS), null, null, null,
						Set.of(ActivityPurpose.INFORMATION), Set.of(), "拜访", null, null, null, null),
				List.of(this.world.contactId), List.of(this.world.otherSouthRep.userId()), null, null),
				this.world.southRep);
		this.call = this.activities.log(new NewActivity(this.world.accountId, null, ActivityType.PHONE_INVITATION,
				Instant.now().minus(1, ChronoUnit.HOURS), "电话", List.of()), this.world.otherSouthRep);
		this.plan = this.activities
			.plan(new NewActivity(this.world.accountId, this.deal,
					new ActivityDetails(ActivityType.EXECUTIVE_VISIT, Instant.now().plus(2, ChronoUnit.DAYS), null,
							null, "拜访总经理", Set.of(), Set.of(BuyingRole.DECISION_MAKER), null, null, null, null, null),
					List.of(this.world.contactId), List.of(), null, null), this.world.southRep)
			.id();
		this.eastVisit = this.activities.log(new NewActivity(this.world.eastAccountId, null, ActivityType.SALES_VISIT,
				Instant.now().minus(2, ChronoUnit.HOURS), "东区拜访", List.of()), this.world.eastRep);
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void aRepSeesTheTeamsActivitiesNewestFirstAndNoneOfAnotherTeam() {
		Page<ActivityRow> page = this.list.list(
				new ActivityListQuery(this.world.accountId, null, null, null, null, null, null), PageRequest.of(0, 10),
				this.world.otherSouthRep);
		assertThat(page.getContent()).extracting(ActivityRow::id).containsExactly(this.plan, this.call, this.visit);
		assertThat(page.getTotalElements()).isEqualTo(3);
		ActivityRow visitRow = page.getContent().get(2);
		assertThat(visitRow.contactNames()).containsExactly("赵工");
		assertThat(visitRow.participantIds()).containsExactly(this.world.otherSouthRep.userId());
		assertThat(visitRow.purposes()).containsExactly(ActivityPurpose.INFORMATION);
		assertThat(visitRow.opportunityId()).isEqualTo(this.deal);

		assertThat(ids(ActivityListQuery.all(), this.world.southRep)).doesNotContain(this.eastVisit);
		assertThat(ids(ActivityListQuery.all(), this.world.eastRep)).contains(this.eastVisit)
			.doesNotContain(this.visit, this.call, this.plan);
		assertThat(ids(new ActivityListQuery(this.world.accountId, null, null, null, null, null, null),
				this.world.eastRep))
			.isEmpty();
		assertThat(ids(new ActivityListQuery(this.world.eastAccountId, null, null, null, null, null, null),
				this.world.admin))
			.containsExactly(this.eastVisit);
	}

	@Test
	void eachFilterNarrowsTheList() {
		assertThat(ids(query(null, ActivityStatus.PLANNED, null, null), this.world.southRep))
			.containsExactly(this.plan);
		assertThat(ids(query(null, ActivityStatus.DONE, null, null), this.world.southRep)).containsExactly(this.call,
				this.visit);
		assertThat(ids(query(this.deal, null, null, null), this.world.southRep)).containsExactly(this.plan, this.visit);
		assertThat(ids(query(null, null, ActivityType.PHONE_INVITATION, null), this.world.southRep))
			.containsExactly(this.call);
		assertThat(ids(query(null, null, null, this.world.otherSouthRep.userId()), this.world.southRep))
			.containsExactly(this.call);
		LocalDate today = this.calendar.today();
		LocalDate visitDay = Instant.now().minus(3, ChronoUnit.DAYS).atZone(this.calendar.zone()).toLocalDate();
		assertThat(ids(new ActivityListQuery(this.world.accountId, null, null, null, null, visitDay, visitDay),
				this.world.southRep))
			.containsExactly(this.visit);
		assertThat(ids(new ActivityListQuery(this.world.accountId, null, null, null, null, today.plusDays(1), null),
				this.world.southRep))
			.containsExactly(this.plan);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> ids(new ActivityListQuery(null, null, null, null, null, today, today.minusDays(1)),
					this.world.southRep));
	}

	@Test
	void onlyTheOfferedSortsAreTakenAndPagesAddUp() {
		assertThat(this.list
			.list(query(null, null, null, null), PageRequest.of(0, 10, Sort.by("occurredAt")), this.world.southRep)
			.getContent()).extracting(ActivityRow::id).containsExactly(this.visit, this.call, this.plan);
		assertThat(this.list
			.list(query(null, null, null, null), PageRequest.of(0, 10, Sort.by("status", "occurredAt")),
					this.world.southRep)
			.getContent()).extracting(ActivityRow::id).containsExactly(this.visit, this.call, this.plan);
		assertThatExceptionOfType(UnsupportedSortException.class).isThrownBy(() -> this.list
			.list(query(null, null, null, null), PageRequest.of(0, 10, Sort.by("summary")), this.world.southRep));
		Page<ActivityRow> second = this.list.list(query(null, null, null, null), PageRequest.of(1, 2),
				this.world.southRep);
		assertThat(second.getContent()).extracting(ActivityRow::id).containsExactly(this.visit);
		assertThat(second.getTotalElements()).isEqualTo(3);
	}

	@Test
	void aPageIsReadInTheSameStatementsWhateverItsSize() {
		for (int i = 0; i < 5; i++) {
			this.activities.log(new NewActivity(this.world.accountId, this.deal,
					new ActivityDetails(ActivityType.SALES_VISIT, Instant.now().minus(10 + i, ChronoUnit.HOURS), null,
							null, null, Set.of(ActivityPurpose.RAPPORT), Set.of(), "拜访" + i, null, null, null, null),
					List.of(this.world.contactId), List.of(this.world.otherSouthRep.userId()), null, null),
					this.world.southRep);
		}
		this.entities.flush();
		this.entities.clear();
		Statistics statistics = this.entities.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
		boolean enabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.list.list(query(null, null, null, null), PageRequest.of(0, 2), this.world.southRep);
			long small = statistics.getPrepareStatementCount();
			this.entities.clear();
			statistics.clear();
			Page<ActivityRow> big = this.list.list(query(null, null, null, null), PageRequest.of(0, 50),
					this.world.southRep);
			assertThat(big.getContent()).hasSize(8);
			// The small page also counts (a full page); the big one knows its total.
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(small);
			assertThat(small).isLessThanOrEqualTo(5);
		}
		finally {
			statistics.setStatisticsEnabled(enabled);
		}
	}

	private ActivityListQuery query(Long opportunityId, ActivityStatus status, ActivityType type, Long ownerId) {
		return new ActivityListQuery(this.world.accountId, opportunityId, status, type, ownerId, null, null);
	}

	private List<Long> ids(ActivityListQuery query, com.kacrm.persistence.shared.Viewer viewer) {
		return this.list.list(query, PageRequest.of(0, 100), viewer)
			.getContent()
			.stream()
			.map(ActivityRow::id)
			.toList();
	}

}

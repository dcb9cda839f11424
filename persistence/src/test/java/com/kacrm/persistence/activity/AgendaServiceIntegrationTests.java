package com.kacrm.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A rep's agenda on the real database: planned visits on the business day of their time,
 * next steps on their date, what is overdue (a plan whose time passed, a next step whose
 * date passed) flagged, a colleague taking part seeing the visit, other users' items
 * absent, and the range refused when reversed or too long. Each test rolls back.
 */
@PersistenceTest
class AgendaServiceIntegrationTests {

	@Autowired
	AgendaService agendas;

	@Autowired
	ActivityService activities;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	ApprovalWorld world;

	ZoneId zone;

	LocalDate today;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities, this.context);
		this.zone = this.calendar.zone();
		this.today = this.calendar.today();
	}

	@Test
	void plansAndNextStepsLandOnTheirBusinessDayAndOverdueOnesAreFlagged() {
		LocalDate dayAfterTomorrow = this.today.plusDays(2);
		// 23:30 in the business zone is the previous day in UTC: the day is the zone's.
		Instant lateEvening = dayAfterTomorrow.atTime(LocalTime.of(23, 30)).atZone(this.zone).toInstant();
		long plan = plan(lateEvening, List.of(this.world.otherSouthRep.userId()));
		long step = this.activities.log(
				new NewActivity(this.world.accountId, null,
						new ActivityDetails(ActivityType.SALES_VISIT, hoursAgo(2), null, null, null, null, null, "拜访",
								null, "发送报价", this.today.plusDays(3), null),
						List.of(), List.of(), null, null),
				this.world.southRep);
		long lateStep = this.activities.log(
				new NewActivity(this.world.accountId, null,
						new ActivityDetails(ActivityType.PHONE_INVITATION, hoursAgo(3), null, null, null, null, null,
								"电话", null, "回电确认", this.today.minusDays(2), null),
						List.of(), List.of(), null, null),
				this.world.southRep);
		long latePlan = plan(Instant.now().plus(1, ChronoUnit.HOURS), List.of());
		this.entities.flush();
		this.entities
			.createNativeQuery("update activity set occurred_at = occurred_at - interval '3 days' where id = :id")
			.setParameter("id", latePlan)
			.executeUpdate();
		this.entities.clear();

		Agenda agenda = this.agendas.agendaOf(this.world.southRep, this.today, this.today.plusDays(6));

		assertThat(agenda.items()).extracting(AgendaItem::activityId, AgendaItem::kind, AgendaItem::date)
			.containsExactly(tuple(plan, AgendaItem.Kind.PLANNED, dayAfterTomorrow),
					tuple(step, AgendaItem.Kind.NEXT_STEP, this.today.plusDays(3)));
		assertThat(agenda.items()).noneMatch(AgendaItem::overdue);
		assertThat(agenda.byDay()).hasSize(7);
		assertThat(agenda.byDay().get(dayAfterTomorrow)).extracting(AgendaItem::title).containsExactly("拜访总经理");
		assertThat(agenda.overdue()).extracting(AgendaItem::activityId, AgendaItem::kind, AgendaItem::overdue)
			.containsExactlyInAnyOrder(tuple(latePlan, AgendaItem.Kind.PLANNED, true),
					tuple(lateStep, AgendaItem.Kind.NEXT_STEP, true));

		Agenda colleague = this.agendas.agendaOf(this.world.otherSouthRep, this.today, this.today.plusDays(6));
		assertThat(colleague.items()).as("taking part in the visit, not owning the next step")
			.extracting(AgendaItem::activityId)
			.containsExactly(plan);
		assertThat(colleague.overdue()).isEmpty();
		Agenda stranger = this.agendas.agendaOf(this.world.eastRep, this.today, this.today.plusDays(6));
		assertThat(stranger.items()).isEmpty();
		assertThat(stranger.overdue()).isEmpty();
	}

	@Test
	void aReversedOrTooLongRangeIsRefused() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.agendas.agendaOf(this.world.southRep, this.today, this.today.minusDays(1)))
			.extracting((ex) -> ex.violations().get(0).messageKey())
			.isEqualTo("agenda.error.range");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.agendas.agendaOf(this.world.southRep, this.today,
					this.today.plusDays(AgendaService.MAX_DAYS + 1)))
			.extracting((ex) -> ex.violations().get(0).messageKey())
			.isEqualTo("agenda.error.tooLong");
		assertThat(this.agendas.agendaOf(this.world.southRep, this.today, this.today.plusDays(AgendaService.MAX_DAYS))
			.byDay()).hasSize(AgendaService.MAX_DAYS + 1);
	}

	private long plan(Instant at, List<Long> participants) {
		return this.activities
			.plan(new NewActivity(this.world.accountId, null,
					new ActivityDetails(ActivityType.SALES_VISIT, at, 60, "客户总部", "拜访总经理", Set.of(), Set.of(), null,
							null, null, null, null),
					List.of(this.world.contactId), participants, null, null), this.world.southRep)
			.id();
	}

	private static Instant hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS);
	}

}

package com.kacrm.persistence.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.PhoneSteps;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityNotFoundException;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Calls and visits on the real database through {@link ActivityService}: logging,
 * planning, completing, revising, cancelling and taking a next step; the account's last
 * contact following the latest done activity without touching the account's version; the
 * phone invitation's three steps and its appointment; a completed visit meeting milestone
 * 2's checklist; and the scope of SPEC 1. Each test rolls back.
 */
@PersistenceTest
class ActivityServiceIntegrationTests {

	@Autowired
	ActivityService activities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	HistoryService history;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	ApprovalWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities, this.context);
	}

	@Test
	void aVisitLoggedWithEverythingIsShownAsEnteredAndRecordedOnTheDeal() {
		long deal = this.world.newDeal("拜访记录");
		Instant at = hoursAgo(3);
		ActivityDetails details = new ActivityDetails(ActivityType.SALES_VISIT, at, 90, "客户工厂", "了解改造计划",
				Set.of(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION), Set.of(), "设备部介绍了明年的改造计划", "下周发送方案",
				"发送方案", LocalDate.now().plusDays(7), null);
		long id = this.activities
			.record(new NewActivity(this.world.accountId, deal, details, List.of(this.world.contactId),
					List.of(this.world.otherSouthRep.userId()), null, null), this.world.southRep)
			.id();
		clear();

		ActivityRow row = this.activities.show(id, this.world.southManager);
		assertThat(row.status()).isEqualTo(ActivityStatus.DONE);
		assertThat(row.accountId()).isEqualTo(this.world.accountId);
		assertThat(row.opportunityId()).isEqualTo(deal);
		assertThat(row.occurredAt()).isEqualTo(at);
		assertThat(row.durationMinutes()).isEqualTo(90);
		assertThat(row.place()).isEqualTo("客户工厂");
		assertThat(row.purposes()).containsExactlyInAnyOrder(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION);
		assertThat(row.summary()).isEqualTo("设备部介绍了明年的改造计划");
		assertThat(row.commitments()).isEqualTo("下周发送方案");
		assertThat(row.hasOpenNextStep()).isTrue();
		assertThat(row.ownerId()).isEqualTo(this.world.southRep.userId());
		assertThat(row.contactNames()).containsExactly("赵工");
		assertThat(row.participantIds()).containsExactly(this.world.otherSouthRep.userId());
		assertThat(this.activities.activitiesOf(deal, this.world.southRep)).extracting(ActivityRow::id)
			.containsExactly(id);
		assertThat(this.history.latestOf(new HistorySubject("OPPORTUNITY", deal))).extracting(HistoryRow::field)
			.contains(ActivityService.LOGGED_FIELD);
	}

	@Test
	void theLastContactFollowsTheLatestDoneActivityAndLeavesTheAccountsVersionAlone() {
		long versionBefore = accountVersion();
		assertThat(lastContact()).as("never contacted").isNull();

		Instant older = hoursAgo(48);
		Instant newer = hoursAgo(5);
		this.activities.log(
				new NewActivity(this.world.accountId, null, ActivityType.SALES_VISIT, older, "拜访", List.of()),
				this.world.southRep);
		long latest = this.activities.log(
				new NewActivity(this.world.accountId, null, ActivityType.PHONE_INVITATION, newer, "电话", List.of()),
				this.world.southRep);
		assertThat(lastContact()).isEqualTo(newer);

		ActivitySaved plan = this.activities.plan(plan(this.world.accountId, Instant.now().plus(2, ChronoUnit.DAYS)),
				this.world.southRep);
		this.activities.cancel(plan.id(), plan.version(), "客户出差", this.world.southRep);
		assertThat(lastContact()).as("plans and cancellations are no contact").isEqualTo(newer);

		clear();
		ActivityRow row = this.activities.show(latest, this.world.southRep);
		Instant moved = hoursAgo(72);
		this.activities.revise(latest, row.version(),
				new ActivityEdit(ActivityDetails.logged(row.type(), moved, row.summary()), List.of(), List.of()),
				this.world.southRep);
		assertThat(lastContact()).as("the revised time moves it back to the other visit").isEqualTo(older);
		assertThat(accountVersion()).isEqualTo(versionBefore);
	}

	@Test
	void aPhoneInvitationWithItsStepsAndAnAppointmentPlansTheVisitAndMeetsThePhoneItems() {
		long deal = this.world.dealAtCallAndVisit("电话邀约");
		assertThat(doneRules(deal)).doesNotContain(AutomaticRule.PHONE_INTRODUCTION_DONE,
				AutomaticRule.PHONE_BENEFIT_DONE, AutomaticRule.PHONE_APPOINTMENT_MADE, AutomaticRule.VISIT_LOGGED);
		Instant visitAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		ActivitySaved call = this.activities.record(NewActivity.phoneInvitation(this.world.accountId, deal, hoursAgo(1),
				"电话邀约赵工，约定上门拜访", this.world.contactId, visitAt, "客户设备部"), this.world.southRep);
		clear();

		assertThat(call.plannedVisitId()).isNotNull();
		assertThat(call.plannedVisitAt()).isEqualTo(visitAt);
		ActivityRow visit = this.activities.show(call.plannedVisitId(), this.world.southRep);
		assertThat(visit.status()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(visit.type()).isEqualTo(ActivityType.SALES_VISIT);
		assertThat(visit.sourceActivityId()).isEqualTo(call.id());
		assertThat(visit.place()).isEqualTo("客户设备部");
		assertThat(visit.contactIds()).containsExactly(this.world.contactId);
		assertThat(visit.opportunityId()).isEqualTo(deal);
		assertThat(this.jdbc.queryForObject("select source_activity_id from activity where id = ?", Long.class,
				call.plannedVisitId()))
			.isEqualTo(call.id());
		assertThat(doneRules(deal))
			.contains(AutomaticRule.PHONE_INTRODUCTION_DONE, AutomaticRule.PHONE_BENEFIT_DONE,
					AutomaticRule.PHONE_APPOINTMENT_MADE)
			.as("the visit is only planned")
			.doesNotContain(AutomaticRule.VISIT_LOGGED);

		ActivitySaved completed = this.activities.complete(visit.id(), visit.version(),
				new Completion(new ActivityDetails.Outcome(null, "拜访设备部，确认改造需求", null, null, null, null, null), null,
						null, null),
				this.world.southRep);
		clear();
		ActivityRow done = this.activities.show(completed.id(), this.world.southRep);
		assertThat(done.status()).isEqualTo(ActivityStatus.DONE);
		assertThat(done.occurredAt()).as("not yet due: taken as now").isBefore(visitAt);
		assertThat(doneRules(deal)).contains(AutomaticRule.VISIT_LOGGED);
		assertThat(lastContact()).isEqualTo(done.occurredAt().truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void anAppointmentWithoutPlaceOrContactIsRefusedAndNothingIsSaved() {
		ActivityDetails call = new ActivityDetails(ActivityType.PHONE_INVITATION, hoursAgo(1), null, null, null, null,
				null, "约了拜访", null, null, null, new PhoneSteps(true, true, true));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.activities.record(new NewActivity(this.world.accountId, null, call, List.of(), List.of(),
							new com.kacrm.domain.activity.Appointment(Instant.now().plus(1, ChronoUnit.DAYS), " ", null,
									null),
							null), this.world.southRep))
			.extracting(ChangeRejected::violations)
			.satisfies((violations) -> assertThat(violations).extracting(Violation::field)
				.contains("appointment.place", "appointment.contactId"));
	}

	@Test
	void aPlanIsCompletedWithItsOutcomeOrCancelledWithAReasonAndOnlyOnce() {
		ActivitySaved planned = this.activities.plan(plan(this.world.accountId, Instant.now().plus(1, ChronoUnit.DAYS)),
				this.world.southRep);
		clear();
		ActivityRow row = this.activities.show(planned.id(), this.world.southRep);
		assertThat(row.status()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(row.rolesToMeet()).containsExactly(BuyingRole.DECISION_MAKER);
		assertThat(row.summary()).isNull();
		assertThat(lastContact()).isNull();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.activities.complete(planned.id(), null,
					new Completion(new ActivityDetails.Outcome(null, " ", null, null, null, null, null), null, null,
							null),
					this.world.southRep))
			.extracting((ex) -> ex.violations().get(0).field())
			.isEqualTo("summary");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.activities.cancel(planned.id(), row.version(), " ", this.world.southRep))
			.extracting((ex) -> ex.violations().get(0).field())
			.isEqualTo("reason");
		this.activities.cancel(planned.id(), row.version(), "客户临时有会", this.world.southRep);
		clear();
		ActivityRow cancelled = this.activities.show(planned.id(), this.world.southRep);
		assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("客户临时有会");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.activities.complete(planned.id(), null,
					new Completion(new ActivityDetails.Outcome(null, "结果", null, null, null, null, null), null, null,
							null),
					this.world.southRep))
			.extracting((ex) -> ex.violations().get(0).messageKey())
			.isEqualTo("activity.error.notPlanned");
		assertThat(this.history.latestOf(new HistorySubject(ActivityService.ACTIVITY, planned.id())))
			.extracting(HistoryRow::newValue)
			.contains(ActivityStatus.CANCELLED.name());
	}

	@Test
	void anActivityThatFollowsAnotherTakesItsNextStepOffAndANextStepIsClosedOnce() {
		ActivityDetails withStep = new ActivityDetails(ActivityType.SALES_VISIT, hoursAgo(30), null, null, null, null,
				null, "拜访", null, "寄送样品", LocalDate.now().plusDays(3), null);
		long first = this.activities.log(
				new NewActivity(this.world.accountId, null, withStep, List.of(), List.of(), null, null),
				this.world.southRep);
		this.activities.log(new NewActivity(this.world.accountId, null,
				ActivityDetails.logged(ActivityType.PHONE_INVITATION, hoursAgo(2), "样品已寄出，电话确认"), List.of(), List.of(),
				null, first), this.world.southRep);
		clear();
		assertThat(this.activities.show(first, this.world.southRep).nextStepDone()).isTrue();

		long second = this.activities.log(
				new NewActivity(this.world.accountId, null, withStep, List.of(), List.of(), null, null),
				this.world.southRep);
		this.activities.closeNextStep(second, null, this.world.otherSouthRep);
		clear();
		assertThat(this.activities.show(second, this.world.southRep).hasOpenNextStep()).isFalse();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.activities.closeNextStep(second, null, this.world.southRep))
			.extracting((ex) -> ex.violations().get(0).messageKey())
			.isEqualTo("activity.error.noOpenNextStep");
	}

	@Test
	void anotherTeamsRepFindsNeitherTheActivityNorTheAccountNorTheDeal() {
		long deal = this.world.newDeal("越界");
		long id = this.activities.log(
				new NewActivity(this.world.accountId, deal, ActivityType.SALES_VISIT, hoursAgo(2), "拜访", List.of()),
				this.world.southRep);
		clear();
		assertThatExceptionOfType(ActivityNotFoundException.class)
			.isThrownBy(() -> this.activities.show(id, this.world.eastRep));
		assertThatExceptionOfType(ActivityNotFoundException.class)
			.isThrownBy(() -> this.activities.cancel(id, 0, "越权", this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(() -> this.activities.log(
				new NewActivity(this.world.accountId, null, ActivityType.SALES_VISIT, hoursAgo(1), "越权", List.of()),
				this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.activities.activitiesAt(this.world.accountId, this.world.eastRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.activities.activitiesOf(deal, this.world.eastRep));
		assertThat(this.activities.show(id, this.world.southManager).id()).isEqualTo(id);
		assertThat(this.activities.show(id, this.world.admin).id()).isEqualTo(id);
	}

	@Test
	void aChangeOnAStaleVersionIsRefused() {
		long id = this.activities.log(
				new NewActivity(this.world.accountId, null, ActivityType.SALES_VISIT, hoursAgo(2), "拜访", List.of()),
				this.world.southRep);
		clear();
		ActivityRow row = this.activities.show(id, this.world.southRep);
		ActivityEdit edit = new ActivityEdit(
				ActivityDetails.logged(ActivityType.SALES_VISIT, row.occurredAt(), "改过的纪要"), List.of(), List.of());
		this.activities.revise(id, row.version(), edit, this.world.southRep);
		clear();
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.activities.revise(id, row.version(), edit, this.world.otherSouthRep));
		assertThat(this.activities.show(id, this.world.southRep).summary()).isEqualTo("改过的纪要");
	}

	private NewActivity plan(long accountId, Instant at) {
		return new NewActivity(accountId, null,
				new ActivityDetails(ActivityType.SALES_VISIT, at, 60, "客户总部", "拜访总经理", Set.of(ActivityPurpose.RAPPORT),
						Set.of(BuyingRole.DECISION_MAKER), null, null, null, null, null),
				List.of(this.world.contactId), List.of(), null, null);
	}

	private List<AutomaticRule> doneRules(long deal) {
		clear();
		return this.milestones.screen(deal, this.world.southRep)
			.checklist()
			.stream()
			.filter(ChecklistEntry::done)
			.map(ChecklistEntry::rule)
			.filter((rule) -> rule != null)
			.toList();
	}

	private Instant lastContact() {
		this.entities.flush();
		Timestamp at = this.jdbc.queryForObject("select last_contacted_at from account where id = ?", Timestamp.class,
				this.world.accountId);
		return (at != null) ? at.toInstant() : null;
	}

	private long accountVersion() {
		this.entities.flush();
		return this.jdbc.queryForObject("select version from account where id = ?", Long.class, this.world.accountId);
	}

	private void clear() {
		this.entities.flush();
		this.entities.clear();
	}

	private static Instant hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
	}

}

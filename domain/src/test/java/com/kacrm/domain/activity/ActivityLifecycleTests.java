package com.kacrm.domain.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.activity.ActivityTests.NOW;
import static com.kacrm.domain.activity.ActivityTests.contactAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Planning a visit, completing or cancelling it, the phone invitation and next steps. */
class ActivityLifecycleTests {

	static final Actor ZHANG = new Actor(3L, "张伟");

	final ActivityTests world = new ActivityTests();

	final Contact buyer = contactAt(this.world.huada, "刘经理");

	static ActivityDetails plan(ActivityType type, Instant at) {
		return new ActivityDetails(type, at, 90, "客户技术中心", "了解新产线的选型计划",
				Set.of(ActivityPurpose.INFORMATION, ActivityPurpose.RAPPORT), Set.of(BuyingRole.EVALUATOR), null, null,
				null, null, null);
	}

	static ActivityDetails done(ActivityType type, Instant at, String summary, PhoneSteps steps) {
		return new ActivityDetails(type, at, null, null, null, Set.of(), Set.of(), summary, null, null, null, steps);
	}

	Activity planned(Instant at) {
		return Activity.plan(this.world.huada, null, this.world.zhang, plan(ActivityType.SALES_VISIT, at),
				List.of(this.buyer), List.of(), ZHANG, NOW);
	}

	@Test
	void aPlanKeepsItsObjectiveRolesAndPeopleAndIsNotContactYet() {
		Activity visit = planned(NOW.plus(Duration.ofDays(2)));

		assertThat(visit.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(visit.isContact()).isFalse();
		assertThat(visit.getObjective()).isEqualTo("了解新产线的选型计划");
		assertThat(visit.getRolesToMeet()).containsExactly(BuyingRole.EVALUATOR);
		assertThat(visit.getPurposes()).containsExactly(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION);
		assertThat(visit.getContacts()).containsExactly(this.buyer);
		assertThat(visit.getSummary()).isNull();
		assertThat(visit.getEndsAt()).isEqualTo(NOW.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(90)));
	}

	@Test
	void aPlanIsNotMadeForThePastBeyondAnHourOfGrace() {
		assertThat(planned(NOW.minus(Duration.ofMinutes(50))).getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> planned(NOW.minus(Duration.ofMinutes(70))))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("occurredAt:activity.error.plannedInPast"));
	}

	@Test
	void completingAPlanRecordsItsOutcomeAtThePlannedTimeAndMakesItContact() {
		Instant at = NOW.minus(Duration.ofHours(3));
		Activity visit = planned(NOW.plus(Duration.ofMinutes(30)));
		visit.complete(new ActivityDetails.Outcome(at, "现场看了产线，客户需要 2000 套", "下周提供报价", "提交报价书",
				LocalDate.of(2026, 11, 30), null, null), null, null, NOW);

		assertThat(visit.getStatus()).isEqualTo(ActivityStatus.DONE);
		assertThat(visit.isContact()).isTrue();
		assertThat(visit.getOccurredAt()).isEqualTo(at);
		assertThat(visit.getCompletedAt()).isEqualTo(NOW);
		assertThat(visit.getSummary()).isEqualTo("现场看了产线，客户需要 2000 套");
		assertThat(visit.getCommitments()).isEqualTo("下周提供报价");
		assertThat(visit.getPurposes()).as("kept from the plan")
			.containsExactly(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION);
		assertThat(visit.getContacts()).as("the planned people, as none were given").containsExactly(this.buyer);
		assertThat(visit.hasOpenNextStep()).isTrue();
	}

	@Test
	void completingWithoutATimeTakesThePlannedTimeOrNowIfThatIsStillToCome() {
		Instant earlier = NOW.minus(Duration.ofMinutes(30));
		Activity past = planned(earlier);
		past.complete(new ActivityDetails.Outcome(null, "已拜访", null, null, null, null, null), null, null, NOW);
		assertThat(past.getOccurredAt()).isEqualTo(earlier);

		Activity future = planned(NOW.plus(Duration.ofHours(2)));
		future.complete(new ActivityDetails.Outcome(null, "提前拜访", null, null, null, null, null), null, null, NOW);
		assertThat(future.getOccurredAt()).isEqualTo(NOW);
	}

	@Test
	void aRefusedCompletionLeavesThePlanAsItWas() {
		Activity visit = planned(NOW.plus(Duration.ofHours(1)));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> visit.complete(
					new ActivityDetails.Outcome(NOW.plus(Duration.ofHours(5)), " ", null, null, null, null, null), null,
					null, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactlyInAnyOrder("occurredAt:activity.error.inFuture", "summary:form.required"));
		assertThat(visit.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(visit.getCompletedAt()).isNull();
	}

	@Test
	void onlyAPlanIsCompletedOrCancelledAndACancellationSaysWhy() {
		Activity visit = planned(NOW.plus(Duration.ofDays(1)));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> visit.cancel(" ", NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("reason:form.required"));

		visit.cancel("客户临时出差", NOW);
		assertThat(visit.getStatus()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(visit.getCancelReason()).isEqualTo("客户临时出差");

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> visit.complete(new ActivityDetails.Outcome(null, "x", null, null, null, null, null), null,
					null, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("activity.error.notPlanned"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> visit.revise(plan(ActivityType.SALES_VISIT, NOW.plus(Duration.ofDays(3))), List.of(),
					List.of(), NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("activity.error.cancelled"));
	}

	@Test
	void aNextStepHasADateAndADateANextStep() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Activity.log(this.world.huada, null, this.world.zhang,
					new ActivityDetails(ActivityType.SALES_VISIT, NOW, null, null, null, Set.of(), Set.of(), "拜访", null,
							"发报价", null, null),
					List.of(), List.of(), ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("nextStepDate:activity.error.nextStepWithoutDate"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Activity.log(this.world.huada, null, this.world.zhang,
					new ActivityDetails(ActivityType.SALES_VISIT, NOW, null, null, null, Set.of(), Set.of(), "拜访", null,
							" ", LocalDate.of(2026, 12, 1), null),
					List.of(), List.of(), ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("nextStep:activity.error.nextStepDateWithoutStep"));
	}

	@Test
	void aNextStepIsOverdueAfterItsDateUntilItIsTakenAndAChangedStepOpensAgain() {
		Activity call = Activity.log(
				this.world.huada, null, this.world.zhang, new ActivityDetails(ActivityType.OTHER, NOW, null, null, null,
						Set.of(), Set.of(), "电话沟通", null, "发技术资料", LocalDate.of(2026, 11, 25), null),
				List.of(), List.of(), ZHANG, NOW);
		assertThat(call.isNextStepOverdue(LocalDate.of(2026, 11, 25))).isFalse();
		assertThat(call.isNextStepOverdue(LocalDate.of(2026, 11, 26))).isTrue();

		call.closeNextStep(NOW);
		assertThat(call.hasOpenNextStep()).isFalse();
		assertThat(call.isNextStepOverdue(LocalDate.of(2026, 11, 26))).isFalse();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> call.closeNextStep(NOW));

		call.revise(new ActivityDetails(ActivityType.OTHER, NOW, null, null, null, Set.of(), Set.of(), "电话沟通", null,
				"发技术资料和报价", LocalDate.of(2026, 11, 27), null), List.of(), List.of(), NOW);
		assertThat(call.hasOpenNextStep()).isTrue();
	}

	@Test
	void onlyAPhoneInvitationRecordsTheInvitationSteps() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Activity.log(this.world.huada, null, this.world.zhang,
					done(ActivityType.SALES_VISIT, NOW, "拜访", new PhoneSteps(true, false, false)), List.of(), List.of(),
					ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("steps:activity.error.stepsOnlyForPhone"));
	}

	@Test
	void aPhoneInvitationThatClosedWithAnAppointmentPlansTheVisitWithTimePlaceAndContact() {
		Activity call = Activity.log(this.world.huada, null, this.world.zhang,
				done(ActivityType.PHONE_INVITATION, NOW, "介绍公司与同类客户案例，约定周三拜访", new PhoneSteps(true, true, true)),
				List.of(this.buyer), List.of(), ZHANG, NOW);
		Instant wednesday = NOW.plus(Duration.ofDays(2));

		Activity visit = call.appointmentVisit(new Appointment(wednesday, "客户二楼会议室", null, "演示样机"), this.buyer, ZHANG,
				NOW);

		assertThat(visit.getStatus()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(visit.getType()).isEqualTo(ActivityType.SALES_VISIT);
		assertThat(visit.getOccurredAt()).isEqualTo(wednesday);
		assertThat(visit.getPlace()).isEqualTo("客户二楼会议室");
		assertThat(visit.getObjective()).isEqualTo("演示样机");
		assertThat(visit.getContacts()).containsExactly(this.buyer);
		assertThat(visit.getAccount()).isSameAs(this.world.huada);
		assertThat(visit.getOwner()).isSameAs(this.world.zhang);
	}

	@Test
	void anAppointmentNeedsTimePlaceAndAContactOfTheAccountAndACallThatClosedWithIt() {
		Activity call = Activity.log(this.world.huada, null, this.world.zhang,
				done(ActivityType.PHONE_INVITATION, NOW, "约定拜访", new PhoneSteps(true, true, true)), List.of(),
				List.of(), ZHANG, NOW);
		Contact stranger = contactAt(this.world.other, "陈总");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> call.appointmentVisit(new Appointment(null, " ", null, null), stranger, ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactlyInAnyOrder("appointment.at:form.required", "appointment.place:form.required",
						"appointment.contactId:activity.error.contactOfOtherAccount"));

		Activity noAppointment = Activity.log(this.world.huada, null, this.world.zhang,
				done(ActivityType.PHONE_INVITATION, NOW, "客户暂不考虑", new PhoneSteps(true, false, false)), List.of(),
				List.of(), ZHANG, NOW);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> noAppointment.appointmentVisit(
					new Appointment(NOW.plus(Duration.ofDays(1)), "客户处", null, null), this.buyer, ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("activity.error.noAppointment"));
	}

	@Test
	void revisingADoneInvitationKeepsItsAppointmentStepAsLogged() {
		Activity call = Activity.log(this.world.huada, null, this.world.zhang,
				done(ActivityType.PHONE_INVITATION, NOW, "约定拜访", new PhoneSteps(true, true, true)), List.of(),
				List.of(), ZHANG, NOW);
		call.revise(done(ActivityType.PHONE_INVITATION, NOW, "约定拜访，补充记录", new PhoneSteps(true, false, false)),
				List.of(), List.of(), NOW);
		assertThat(call.getSteps()).isEqualTo(new PhoneSteps(true, false, true));
		assertThat(call.getSummary()).isEqualTo("约定拜访，补充记录");
	}

	@Test
	void aPlanOverdueIsOnePlannedForATimeThatPassed() {
		Activity visit = planned(NOW.plus(Duration.ofHours(1)));
		assertThat(visit.isOverdue(NOW)).isFalse();
		assertThat(visit.isOverdue(NOW.plus(Duration.ofHours(2)))).isTrue();
		visit.complete(new ActivityDetails.Outcome(null, "已拜访", null, null, null, null, null), null, null,
				NOW.plus(Duration.ofHours(2)));
		assertThat(visit.isOverdue(NOW.plus(Duration.ofHours(3)))).isFalse();
	}

	@Test
	void aDisabledColleagueDoesNotTakePart() {
		User gone = new User("rep.gone", "离职同事", "{noop}x", Role.REP, this.world.south, NOW);
		gone.disable(new Actor(1L, "管理员"), List.of());
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Activity.log(this.world.huada, null, this.world.zhang,
					done(ActivityType.SALES_VISIT, NOW, "拜访", null), List.of(), List.of(gone), ZHANG, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("participantIds:activity.error.participantDisabled"));
	}

}

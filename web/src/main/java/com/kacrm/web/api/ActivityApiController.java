package com.kacrm.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.Appointment;
import com.kacrm.domain.activity.PhoneSteps;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityEdit;
import com.kacrm.persistence.activity.ActivityListQuery;
import com.kacrm.persistence.activity.ActivityListService;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivitySaved;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.Completion;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls and visits (客户交往活动, SPEC 7) for other systems: the list of those the caller may
 * see (paged, filtered), one activity, logging a done one or planning one, changing it
 * with the version read, completing a planned one with its outcome and cancelling it.
 *
 * <p>
 * Times ({@code occurredAt}, {@code appointment.at}) are ISO-8601 instants with {@code Z}
 * or an offset ({@code 2026-11-23T10:00:00+08:00}); days ({@code from}, {@code to},
 * {@code nextStepDate}) are dates of the business time zone
 * ({@code crm.display-time-zone}). Answers: 404 for an activity, account or deal outside
 * the caller's scope; 422 naming the fields for broken rules ({@code type},
 * {@code occurredAt}, {@code summary}, {@code nextStepDate}, {@code steps.appointment},
 * {@code appointment.place}, {@code contactIds}, {@code version}, …); 409 when the
 * version sent is stale. Owner, team, completion time and (but for the POST's choice of
 * {@code DONE} or {@code PLANNED}) status are never taken from the body: the caller owns
 * what they log, the account's team holds it, and the commands change the status.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final ActivityService activities;

	private final ActivityListService list;

	ActivityApiController(ActivityService activities, ActivityListService list) {
		this.activities = activities;
		this.list = list;
	}

	/**
	 * A page of the activities the caller may see, newest first; filters
	 * {@code accountId}, {@code opportunityId}, {@code status} (PLANNED, DONE,
	 * CANCELLED), {@code type}, {@code ownerId}, {@code from} and {@code to} (days,
	 * inclusive); sort by {@code occurredAt}, {@code type}, {@code status},
	 * {@code account}, {@code owner} or {@code nextStepDate} (400 for others); at most
	 * {@value #MAX_PAGE_SIZE} a page.
	 */
	@GetMapping
	PagedModel<ActivityResource> list(@RequestParam(required = false) Long accountId,
			@RequestParam(required = false) Long opportunityId, @RequestParam(required = false) ActivityStatus status,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal CurrentUser user) {
		Pageable limited = (pageable.getPageSize() > MAX_PAGE_SIZE)
				? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
		ActivityListQuery query = new ActivityListQuery(accountId, opportunityId, status, type, ownerId, from, to);
		return new PagedModel<>(this.list.list(query, limited, user.viewer()).map(ActivityResource::of));
	}

	@GetMapping("/{id}")
	ActivityResource show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return ActivityResource.of(this.activities.show(id, user.viewer()));
	}

	/**
	 * Logs a done activity ({@code status} DONE or left out) or plans one
	 * ({@code PLANNED}) as the caller's; 201 at its address. A done phone invitation
	 * whose {@code steps.appointment} is true and that carries an {@code appointment}
	 * plans the visit too: its id is {@code plannedVisitId}. {@code followsId} takes the
	 * next step of that activity off the agenda.
	 */
	@PostMapping
	ResponseEntity<ActivityResource> create(@RequestBody ActivityRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		if (request.accountId() == null) {
			throw ChangeRejected.of("accountId", "form.required");
		}
		NewActivity activity = new NewActivity(request.accountId(), request.opportunityId(), request.details(),
				request.contactIds(), request.participantIds(), request.visit(), request.followsId());
		ActivitySaved saved = planned(request.status()) ? this.activities.plan(activity, user.viewer())
				: this.activities.record(activity, user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + saved.id()))
			.body(ActivityResource.of(this.activities.show(saved.id(), user.viewer()), saved));
	}

	/**
	 * Replaces what was entered about the activity (a plan stays a plan, a done activity
	 * stays done); {@code version} (in the body or as {@code If-Match}) is the one last
	 * read, required.
	 */
	@PutMapping("/{id}")
	ActivityResource update(@PathVariable long id, @RequestBody ActivityRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		long version = AccountApiController.version(request.version(), ifMatch);
		this.activities.revise(id, version,
				new ActivityEdit(request.details(), request.contactIds(), request.participantIds()), user.viewer());
		return ActivityResource.of(this.activities.show(id, user.viewer()));
	}

	/**
	 * Completes a planned activity with its outcome ({@code summary}, required): from now
	 * on it counts as contact and ticks the checklist items it meets. {@code occurredAt}
	 * defaults to the planned time; {@code contactIds} and {@code participantIds} replace
	 * the planned people when sent; a phone invitation completed with
	 * {@code steps.appointment} and an {@code appointment} plans the visit
	 * ({@code plannedVisitId}). {@code version} is optional; when sent, a stale one is a
	 * 409.
	 */
	@PostMapping("/{id}/complete")
	ActivityResource complete(@PathVariable long id, @RequestBody CompleteRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		ActivitySaved saved = this.activities.complete(id, request.version(), request.completion(), user.viewer());
		return ActivityResource.of(this.activities.show(id, user.viewer()), saved);
	}

	/** Calls off a planned activity with a reason; {@code version} is required. */
	@PostMapping("/{id}/cancel")
	ActivityResource cancel(@PathVariable long id, @RequestBody CancelRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		if (request.version() == null) {
			throw ChangeRejected.of("version", "form.required");
		}
		this.activities.cancel(id, request.version(), request.reason(), user.viewer());
		return ActivityResource.of(this.activities.show(id, user.viewer()));
	}

	private static boolean planned(String status) {
		if (status == null || status.isBlank() || "DONE".equals(status.strip())) {
			return false;
		}
		if ("PLANNED".equals(status.strip())) {
			return true;
		}
		throw ChangeRejected.of("status", "activity.api.unknownStatus", status.strip());
	}

	private static ActivityType typeOf(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return ActivityType.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ChangeRejected.of("type", "activity.api.unknownType", code.strip());
		}
	}

	/**
	 * An activity as sent. {@code status} is only read on creation (DONE, the default, or
	 * PLANNED); {@code version} only on a change. Anything else sent (owner, team,
	 * completion, …) is ignored.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ActivityRequest(Long accountId, Long opportunityId, String status, String type, Instant occurredAt,
			Integer durationMinutes, String place, String objective, Set<ActivityPurpose> purposes,
			Set<BuyingRole> rolesToMeet, String summary, String commitments, String nextStep, LocalDate nextStepDate,
			StepsBody steps, AppointmentBody appointment, List<Long> contactIds, List<Long> participantIds,
			Long followsId, Long version) {

		ActivityDetails details() {
			return new ActivityDetails(typeOf(this.type), this.occurredAt, this.durationMinutes, this.place,
					this.objective, this.purposes, this.rolesToMeet, this.summary, this.commitments, this.nextStep,
					this.nextStepDate, StepsBody.of(this.steps));
		}

		Appointment visit() {
			return AppointmentBody.of(this.appointment);
		}

	}

	/**
	 * The outcome of a planned activity. Lists left out keep the planned people;
	 * {@code purposes} left out keeps the planned ones.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record CompleteRequest(Long version, Instant occurredAt, String summary, String commitments, String nextStep,
			LocalDate nextStepDate, Set<ActivityPurpose> purposes, StepsBody steps, List<Long> contactIds,
			List<Long> participantIds, AppointmentBody appointment) {

		Completion completion() {
			return new Completion(
					new ActivityDetails.Outcome(this.occurredAt, this.summary, this.commitments, this.nextStep,
							this.nextStepDate, this.purposes, StepsBody.of(this.steps)),
					this.contactIds, this.participantIds, AppointmentBody.of(this.appointment));
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record CancelRequest(Long version, String reason) {

	}

	/** The phone invitation's steps (自我介绍, 晓之以利, 以约会收尾) it got through. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record StepsBody(Boolean introduction, Boolean benefit, Boolean appointment) {

		static PhoneSteps of(StepsBody body) {
			return (body != null) ? new PhoneSteps(Boolean.TRUE.equals(body.introduction()),
					Boolean.TRUE.equals(body.benefit()), Boolean.TRUE.equals(body.appointment())) : null;
		}

	}

	/** The visit agreed on a phone invitation: time, place, the person and what for. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record AppointmentBody(Instant at, String place, Long contactId, String objective) {

		static Appointment of(AppointmentBody body) {
			return (body != null) ? new Appointment(body.at(), body.place(), body.contactId(), body.objective()) : null;
		}

	}

	/**
	 * An activity with everything recorded about it and the version to send back with a
	 * change; {@code plannedVisitId} and {@code plannedVisitAt} name the visit a phone
	 * invitation's appointment planned in this request (null otherwise).
	 */
	record ActivityResource(long id, long version, Long accountId, String accountName, Long opportunityId,
			String opportunityName, ActivityType type, ActivityStatus status, Instant occurredAt, int durationMinutes,
			String place, String objective, Set<ActivityPurpose> purposes, Set<BuyingRole> rolesToMeet, String summary,
			String commitments, String nextStep, LocalDate nextStepDate, boolean nextStepDone, PhoneSteps steps,
			Long ownerId, String ownerName, List<ActivityRow.Person> contacts, List<ActivityRow.Person> participants,
			Long sourceActivityId, String cancelReason, Long plannedVisitId, Instant plannedVisitAt) {

		static ActivityResource of(ActivityRow row) {
			return of(row, null);
		}

		static ActivityResource of(ActivityRow row, ActivitySaved saved) {
			return new ActivityResource(row.id(), row.version(), row.accountId(), row.accountName(),
					row.opportunityId(), row.opportunityName(), row.type(), row.status(), row.occurredAt(),
					row.durationMinutes(), row.place(), row.objective(), row.purposes(), row.rolesToMeet(),
					row.summary(), row.commitments(), row.nextStep(), row.nextStepDate(), row.nextStepDone(),
					row.steps(), row.ownerId(), row.ownerName(), row.contacts(), row.participants(),
					row.sourceActivityId(), row.cancelReason(), (saved != null) ? saved.plannedVisitId() : null,
					(saved != null) ? saved.plannedVisitAt() : null);
		}

	}

}

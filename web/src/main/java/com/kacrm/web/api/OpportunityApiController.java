package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneScreen;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.MoveResult;
import com.kacrm.persistence.opportunity.MoveRow;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * One opportunity (商机, SPEC 5) for other systems: opening it on an account (201 at
 * {@code PLANNING}), reading it with its current milestone's checklist, replacing the
 * fields a rep writes with the version read, the gated milestone move and the history of
 * moves with the days spent in each milestone. The list is
 * {@code OpportunityListApiController}'s.
 *
 * <p>
 * Answers: a deal or account outside the caller's scope is 404; broken rules are 422
 * naming the fields; a stale version is 409; a move through a closed gate is 409 listing
 * the unmet checklist items ({@link ApiExceptionHandler#gateClosed}); an override asked
 * for by anyone but the deal team's manager or an admin is 403. A {@code PUT} without a
 * version (in the body or as {@code If-Match}) is 422 on {@code version}, as for the
 * other resources of the API: the caller must say which state it changes. Status,
 * milestone, probability, owner and team never change through {@code PUT}: such fields
 * are ignored, they have their own commands. Amounts are in 万元.
 */
@RestController
@RequestMapping("/api/v1/opportunities")
class OpportunityApiController {

	private final OpportunityService opportunities;

	private final MilestoneService milestones;

	private final MessageSource messages;

	OpportunityApiController(OpportunityService opportunities, MilestoneService milestones, MessageSource messages) {
		this.opportunities = opportunities;
		this.milestones = milestones;
		this.messages = messages;
	}

	/**
	 * Opens a deal on the account at milestone 1 (行业与客户规划); {@code accountId},
	 * {@code name}, {@code estimatedAmount} and {@code expectedSigningDate} are required.
	 * 201 with the deal; 404 when the caller does not see the account.
	 */
	@PostMapping
	ResponseEntity<OpportunityResource> create(@RequestBody OpportunityRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		List<Violation> violations = new ArrayList<>(request.details().violations());
		Violations required = new Violations();
		if (request.accountId() == null) {
			required.add("accountId", "form.required");
		}
		if (request.estimatedAmount() == null) {
			required.add("estimatedAmount", "form.required");
		}
		if (request.expectedSigningDate() == null) {
			required.add("expectedSigningDate", "form.required");
		}
		violations.addAll(required.list());
		ChangeRejected.throwIfAny(violations);
		long id = this.opportunities.create(request.accountId(), request.details(), user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id)).body(resource(id, user, locale));
	}

	@GetMapping("/{id}")
	OpportunityResource show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return resource(id, user, locale);
	}

	/**
	 * Replaces the fields a rep writes (name, solution, estimated amount, expected
	 * signing date, next step and its date); {@code version} (in the body or as
	 * {@code If-Match}) is the one last read.
	 */
	@PutMapping("/{id}")
	OpportunityResource update(@PathVariable long id, @RequestBody OpportunityRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		long version = AccountApiController.version(request.version(), ifMatch);
		this.opportunities.update(id, version, request.details(), user.viewer());
		return resource(id, user, locale);
	}

	/**
	 * Moves the deal to milestone {@code target} (a code of SPEC 5): forward through an
	 * open gate, past a closed one with {@code override} and a reason (the team's manager
	 * and admins), or back with a reason. {@code version} is optional; when given, a deal
	 * changed since is a 409.
	 */
	@PostMapping("/{id}/milestone")
	MoveResource move(@PathVariable long id, @RequestBody MoveRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		MoveResult result = this.milestones.move(id, request.version(), milestoneOf(request.target()), request.reason(),
				Boolean.TRUE.equals(request.override()), user.viewer());
		return new MoveResource(result.opportunityId(), result.kind(), result.from(), result.to(),
				milestoneName(result.to(), locale), result.status(), result.probability(), result.version());
	}

	/**
	 * Changes the deal's status: {@code action} {@code lost} (with {@code lossReason},
	 * one of the LossReason codes, required, and optionally {@code lostToCompetitorId}),
	 * {@code hold} or {@code reopen}, each with a {@code reason}; {@code version} (in the
	 * body or as {@code If-Match}) is the one last read.
	 */
	@PostMapping("/{id}/status")
	OpportunityResource changeStatus(@PathVariable long id, @RequestBody StatusRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		long version = AccountApiController.version(request.version(), ifMatch);
		switch ((request.action() != null) ? request.action() : "") {
			case "lost" -> this.opportunities.markLost(id, version, lossReasonOf(request.lossReason()),
					request.lostToCompetitorId(), request.reason(), user.viewer());
			case "hold" -> this.opportunities.putOnHold(id, version, request.reason(), user.viewer());
			case "reopen" -> this.opportunities.reopen(id, version, request.reason(), user.viewer());
			default -> throw ChangeRejected.of("action", "opportunityPage.status.chooseAction");
		}
		return resource(id, user, locale);
	}

	/**
	 * Records the won deal's signed contract: {@code contractAmount} and optional
	 * {@code profit} in 万元 (may be negative, never above the amount) and
	 * {@code contractSignedOn}; {@code version} (in the body or as {@code If-Match}) is
	 * the one last read.
	 */
	@PutMapping("/{id}/contract")
	OpportunityResource recordContract(@PathVariable long id, @RequestBody ContractRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		long version = AccountApiController.version(request.version(), ifMatch);
		this.opportunities.recordContract(id, version, request.contractAmount(), request.profit(),
				request.contractSignedOn(), user.viewer());
		return resource(id, user, locale);
	}

	private static LossReason lossReasonOf(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return LossReason.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ChangeRejected.of("lossReason", "opportunity.api.unknownLossReason", code.strip());
		}
	}

	/**
	 * The deal's moves and changes of status, newest first, and the whole days spent in
	 * each milestone it has been at.
	 */
	@GetMapping("/{id}/history")
	HistoryResource history(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		List<MoveEntry> moves = this.opportunities.moves(id, user.viewer()).stream().map(MoveEntry::of).toList();
		return new HistoryResource(id, moves, this.opportunities.show(id, user.viewer()).daysInMilestone());
	}

	private static Milestone milestoneOf(String code) {
		if (code == null || code.isBlank()) {
			throw ChangeRejected.of("target", "form.required");
		}
		try {
			return Milestone.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ChangeRejected.of("target", "opportunity.api.unknownMilestone", code.strip());
		}
	}

	private OpportunityResource resource(long id, CurrentUser user, Locale locale) {
		OpportunityView deal = this.opportunities.show(id, user.viewer());
		MilestoneScreen screen = this.milestones.screen(id, user.viewer());
		return OpportunityResource.of(deal, milestoneName(deal.milestone(), locale), ChecklistResource.of(screen),
				locale);
	}

	private String milestoneName(Milestone milestone, Locale locale) {
		String key = "milestone." + milestone.position();
		return this.messages.getMessage(key, null, milestone.name(), locale);
	}

	/**
	 * The fields a rep writes about a deal, the account on creation and the version read
	 * on a change. Anything else sent (status, milestone, probability, owner, team) is
	 * ignored.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record OpportunityRequest(Long accountId, String name, String solution, BigDecimal estimatedAmount,
			LocalDate expectedSigningDate, String nextStep, LocalDate nextStepDate, Long version) {

		OpportunityDetails details() {
			return new OpportunityDetails(this.name, this.solution, this.estimatedAmount, this.expectedSigningDate,
					this.nextStep, this.nextStepDate);
		}

	}

	/**
	 * A change of status: the action ({@code lost}, {@code hold}, {@code reopen}), the
	 * reason in words, for {@code lost} the reason's category and the competitor it went
	 * to, and the version read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record StatusRequest(String action, String reason, String lossReason, Long lostToCompetitorId, Long version) {

	}

	/**
	 * The signed contract: amount and profit in 万元, signing date, and the version read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ContractRequest(BigDecimal contractAmount, BigDecimal profit, LocalDate contractSignedOn, Long version) {

	}

	/**
	 * A move: the target milestone's code, the reason (required back and with an
	 * override), whether to override a closed gate, and optionally the version read.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record MoveRequest(String target, String reason, Boolean override, Long version) {

	}

	/** A move made and the deal's state after it. */
	record MoveResource(long opportunityId, MoveKind kind, Milestone from, Milestone to, String milestoneName,
			OpportunityStatus status, int probability, long version) {

	}

	/**
	 * A deal with its current milestone's checklist; {@code daysInMilestone} holds the
	 * whole days spent in each milestone it has been at.
	 */
	record OpportunityResource(long id, long version, String name, long accountId, String accountName, Tier tier,
			String industry, Long teamId, String team, Long ownerId, String ownerName, String solution,
			BigDecimal estimatedAmount, LocalDate expectedSigningDate, Milestone milestone, int milestoneNumber,
			String milestoneName, Instant milestoneEnteredAt, long daysInCurrentMilestone,
			Map<Milestone, Long> daysInMilestone, OpportunityStatus status, String statusReason, int probability,
			String probabilityReason, int defaultProbability, BigDecimal weightedAmount, String nextStep,
			LocalDate nextStepDate, BigDecimal contractAmount, LocalDate contractSignedOn, Instant createdAt,
			String createdByName, boolean mayManage, ChecklistResource checklist, BigDecimal profit,
			LossReason lossReason, Long lostToCompetitorId, String lostToCompetitorName) {

		static OpportunityResource of(OpportunityView o, String milestoneName, ChecklistResource checklist,
				Locale locale) {
			return new OpportunityResource(o.id(), o.version(), o.name(), o.accountId(), o.accountName(), o.tier(),
					localized(o.industry(), locale), o.teamId(), localized(o.teamName(), locale), o.ownerId(),
					o.ownerName(), o.solution(), o.estimatedAmount(), o.expectedSigningDate(), o.milestone(),
					o.milestone().position(), milestoneName, o.milestoneEnteredAt(), o.daysInCurrentMilestone(),
					new LinkedHashMap<>(o.daysInMilestone()), o.status(), o.statusReason(), o.probability(),
					o.probabilityReason(), o.defaultProbability(), o.weightedAmount(), o.nextStep(), o.nextStepDate(),
					o.contractAmount(), o.contractSignedOn(), o.createdAt(), o.createdByName(), o.mayManage(),
					checklist, o.profit(), o.lossReason(), o.lostToCompetitorId(), o.lostToCompetitorName());
		}

	}

	/**
	 * The checklist (任务清单) of the deal's current milestone: every item with whether it is
	 * done, the mandatory ones missing ({@code unmet}: what blocks the move on), the next
	 * milestone, and whether the deal can move and the caller may override.
	 */
	record ChecklistResource(Milestone milestone, List<ItemResource> items, List<UnmetItem> unmet, Milestone next,
			boolean gateOpen, boolean mayMove, boolean mayOverride) {

		static ChecklistResource of(MilestoneScreen screen) {
			return new ChecklistResource(screen.milestone(), screen.checklist().stream().map(ItemResource::of).toList(),
					screen.unmet().stream().map(UnmetItem::of).toList(), screen.next(), screen.isGateOpen(),
					screen.mayMove(), screen.mayOverride());
		}

	}

	/**
	 * One checklist item: its texts, whether it is mandatory, its automatic rule (null
	 * for a manual item), whether it is done and, for a ticked manual item, its evidence.
	 */
	record ItemResource(Long id, String text, String textEn, boolean mandatory, AutomaticRule rule, boolean done,
			String evidenceNote, Long activityId, String tickedByName, Instant tickedAt) {

		static ItemResource of(ChecklistEntry e) {
			return new ItemResource(e.itemId(), e.textZh(), e.textEn(), e.mandatory(), e.rule(), e.done(),
					e.evidenceNote(), e.activityId(), e.tickedByName(), e.tickedAt());
		}

	}

	/** A mandatory checklist item not done, as the 409 of a closed gate lists it too. */
	record UnmetItem(Long id, String text, String textEn, AutomaticRule rule) {

		static UnmetItem of(ChecklistEntry e) {
			return new UnmetItem(e.itemId(), e.textZh(), e.textEn(), e.rule());
		}

	}

	/** The deal's moves, newest first, and the days spent in each milestone. */
	record HistoryResource(long opportunityId, List<MoveEntry> moves, Map<Milestone, Long> daysInMilestone) {

	}

	/**
	 * One move or change of status: kind, from and to milestone and status, who, when,
	 * why, and the items missing at an override.
	 */
	record MoveEntry(Long id, MoveKind kind, Milestone from, Milestone to, OpportunityStatus fromStatus,
			OpportunityStatus toStatus, String by, Instant at, String reason, List<Long> unmetItemIds) {

		static MoveEntry of(MoveRow row) {
			return new MoveEntry(row.id(), row.kind(), row.from(), row.to(), row.fromStatus(), row.toStatus(),
					row.movedByName(), row.movedAt(), row.reason(), row.unmetItemIds());
		}

	}

	private static String localized(LocalizedName name, Locale locale) {
		return (name != null) ? name.in(locale) : null;
	}

}

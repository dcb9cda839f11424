package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.approval.ApprovalFilter;
import com.kacrm.persistence.approval.ApprovalListService;
import com.kacrm.persistence.approval.ApprovalRow;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.approval.ApprovalView;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 项目立项 requests (SPEC 6) for other systems: the list of the requests the caller may see
 * (paged, {@code status} filter), one request with its decision trail, a new draft for a
 * deal (prefilled from the deal like the screen's form), and the steps of its state
 * machine: submit, approve, reject, return for revision, withdraw.
 *
 * <p>
 * Answers: 200 with the request's new state after a step; 404 for a request or deal
 * outside the caller's scope; 403 when the caller may not take the step (deciding without
 * being the deal team's manager or an admin, deciding their own request, or submitting or
 * withdrawing someone else's); 409 when the request's status no longer allows the step,
 * naming who took it where and when ({@code status}, {@code actor}, {@code at},
 * {@code comment}); 409 with {@code unmet} when the deal is at milestone 2 with mandatory
 * items missing; 422 naming the fields for a missing comment, an incomplete form or a
 * deal not ready. Amounts are in 万元, the budget in 元.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final ApprovalService approvals;

	private final ApprovalListService list;

	ApprovalApiController(ApprovalService approvals, ApprovalListService list) {
		this.approvals = approvals;
		this.list = list;
	}

	/**
	 * A page of the requests the caller may see, the latest step first; {@code status}
	 * (DRAFT, SUBMITTED, APPROVED, REJECTED, RETURNED, WITHDRAWN) filters.
	 */
	@GetMapping
	PagedModel<ApprovalSummary> list(@RequestParam(required = false) ApprovalStatus status,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Pageable limited = (pageable.getPageSize() > MAX_PAGE_SIZE)
				? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
		return new PagedModel<>(this.list.list(ApprovalFilter.withStatus(status), limited, user.viewer())
			.map((row) -> ApprovalSummary.of(row, locale)));
	}

	@GetMapping("/{id}")
	ApprovalView show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.approvals.show(id, user.viewer());
	}

	/**
	 * Files a draft for the deal {@code opportunityId}; fields not sent are taken from
	 * the deal as the screen's form prefills them (name, amount, expected date, key
	 * people of its buying centre, competitors, development team). 201 with the draft.
	 */
	@PostMapping
	ResponseEntity<ApprovalView> create(@RequestBody ApprovalRequestBody body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body.opportunityId() == null) {
			throw ChangeRejected.of("opportunityId", "form.required");
		}
		ApprovalForm prefilled = this.approvals.newRequest(body.opportunityId(), user.viewer()).form();
		long id = this.approvals.create(body.opportunityId(), body.over(prefilled), user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/approvals/" + id))
			.body(this.approvals.show(id, user.viewer()));
	}

	/** Submits the caller's draft or returned request; the deal is locked. */
	@PostMapping("/{id}/submit")
	ApprovalView submit(@PathVariable long id, @RequestBody(required = false) StepBody body,
			@AuthenticationPrincipal CurrentUser user) {
		this.approvals.submit(id, version(body), user.viewer());
		return this.approvals.show(id, user.viewer());
	}

	/** Approves the submitted request; the comment is optional. */
	@PostMapping("/{id}/approve")
	ApprovalView approve(@PathVariable long id, @RequestBody(required = false) StepBody body,
			@AuthenticationPrincipal CurrentUser user) {
		this.approvals.approve(id, version(body), comment(body), user.viewer());
		return this.approvals.show(id, user.viewer());
	}

	/** Rejects the submitted request; the comment is required. */
	@PostMapping("/{id}/reject")
	ApprovalView reject(@PathVariable long id, @RequestBody(required = false) StepBody body,
			@AuthenticationPrincipal CurrentUser user) {
		this.approvals.reject(id, version(body), comment(body), user.viewer());
		return this.approvals.show(id, user.viewer());
	}

	/** Returns the submitted request to its requester; the comment is required. */
	@PostMapping("/{id}/return")
	ApprovalView returnForRevision(@PathVariable long id, @RequestBody(required = false) StepBody body,
			@AuthenticationPrincipal CurrentUser user) {
		this.approvals.returnForRevision(id, version(body), comment(body), user.viewer());
		return this.approvals.show(id, user.viewer());
	}

	/** Withdraws the request before a decision (its requester, or an admin). */
	@PostMapping("/{id}/withdraw")
	ApprovalView withdraw(@PathVariable long id, @RequestBody(required = false) StepBody body,
			@AuthenticationPrincipal CurrentUser user) {
		this.approvals.withdraw(id, comment(body), user.viewer());
		return this.approvals.show(id, user.viewer());
	}

	private static String comment(StepBody body) {
		return (body != null) ? body.comment() : null;
	}

	private static Long version(StepBody body) {
		return (body != null) ? body.version() : null;
	}

	/**
	 * A step's comment and, optionally, the version of the request the caller read (a
	 * submission or decision of a request changed since is a 409).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record StepBody(String comment, Long version) {

	}

	/**
	 * A new request: the deal, and any fields of the form; each field not sent is
	 * prefilled from the deal.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ApprovalRequestBody(Long opportunityId, String projectName, String customerNeeds, String valuePositioning,
			BigDecimal estimatedAmount, LocalDate expectedContractDate, String decisionProcess,
			List<KeyPersonBody> keyPeople, List<Long> competitorIds, List<MemberBody> proposedTeam,
			BigDecimal requestedBudget, String risks) {

		ApprovalForm over(ApprovalForm deal) {
			return new ApprovalForm(or(this.projectName, deal.projectName()),
					or(this.customerNeeds, deal.customerNeeds()), or(this.valuePositioning, deal.valuePositioning()),
					or(this.estimatedAmount, deal.estimatedAmount()),
					or(this.expectedContractDate, deal.expectedContractDate()),
					or(this.decisionProcess, deal.decisionProcess()),
					(this.keyPeople != null)
							? this.keyPeople.stream().map(KeyPersonBody::person).toList() : deal.keyPeople(),
					or(this.competitorIds, deal.competitorIds()),
					(this.proposedTeam != null) ? this.proposedTeam.stream().map(MemberBody::member).toList()
							: deal.proposedTeam(),
					or(this.requestedBudget, deal.requestedBudget()), or(this.risks, deal.risks()));
		}

		private static <T> T or(T sent, T prefilled) {
			return (sent != null) ? sent : prefilled;
		}

	}

	/** A key person: a contact of the deal's account and what the requester states. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record KeyPersonBody(Long contactId, BuyingRole role, Attitude attitude, Support support) {

		KeyPerson person() {
			if (this.contactId == null) {
				throw ChangeRejected.of("keyPeople", "form.required");
			}
			return new KeyPerson(this.contactId, this.role, this.attitude, this.support);
		}

	}

	/** A proposed member of the 大客户开拓小组: one of our people and their part. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record MemberBody(Long userId, String responsibility) {

		ProposedMember member() {
			if (this.userId == null) {
				throw ChangeRejected.of("proposedTeam", "form.required");
			}
			return new ProposedMember(this.userId, this.responsibility);
		}

	}

	/** One request of the list. */
	record ApprovalSummary(long id, String number, ApprovalStatus status, String projectName, long opportunityId,
			String opportunityName, String accountName, String team, long requesterId, String requesterName,
			BigDecimal estimatedAmount, BigDecimal requestedBudget, Instant submittedAt, Long ageDays,
			String lastActorName, Instant lastActedAt, String lastComment) {

		static ApprovalSummary of(ApprovalRow row, Locale locale) {
			return new ApprovalSummary(row.id(), row.number(), row.status(), row.projectName(), row.opportunityId(),
					row.opportunityName(), row.accountName(), (row.team() != null) ? row.team().in(locale) : null,
					row.requesterId(), row.requesterName(), row.estimatedAmount(), row.requestedBudget(),
					row.submittedAt(), row.ageDays(), row.lastActorName(), row.lastActedAt(), row.lastComment());
		}

	}

}

package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountDuplicateSuspectedException;
import com.kacrm.persistence.account.AccountListService;
import com.kacrm.persistence.account.AccountRow;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.web.account.AccountListParams;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * The account files (大客户建档) for other systems: the list with the screen's filters, paged
 * (only the accounts the caller may see), one account, creating (with the duplicate
 * check: 409 listing the matches unless {@code confirmDuplicates}), replacing the
 * editable profile with the version read, and reassigning team and owner (managers of the
 * account's team and admins). An account outside the caller's scope answers 404. Amounts
 * are in 万元; names come in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

	private final AccountService accounts;

	private final AccountListService list;

	AccountApiController(AccountService accounts, AccountListService list) {
		this.accounts = accounts;
		this.list = list;
	}

	/**
	 * A page of the accounts; filters {@code q}, {@code region}, {@code industry},
	 * {@code tier}, {@code portfolioClass}, {@code owner}, {@code relationshipStage},
	 * {@code lifecycle}; sort by {@code name}, {@code tier}, {@code revenue},
	 * {@code purchase} or {@code created}.
	 */
	@GetMapping
	PagedModel<AccountSummary> list(@ParameterObject AccountListParams params,
			@ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return new PagedModel<>(this.list.list(params.toFilter(), pageable, user.viewer())
			.map((row) -> AccountSummary.of(row, locale)));
	}

	@GetMapping("/{id}")
	AccountResource show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return AccountResource.of(this.accounts.show(id, user.viewer()), locale);
	}

	/**
	 * Creates an account; reps create it for their own team and own it, managers and
	 * admins name {@code teamCode} and optionally {@code ownerUsername}. 201 with the
	 * account.
	 */
	@PostMapping
	ResponseEntity<AccountResource> create(@RequestBody AccountRequest request,
			@RequestParam(defaultValue = "false") boolean confirmDuplicates, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		long id = this.accounts.create(request.toDraft(), request.teamCode(), request.ownerUsername(), user.viewer(),
				confirmDuplicates || Boolean.TRUE.equals(request.duplicatesConfirmed()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id))
			.body(AccountResource.of(this.accounts.show(id, user.viewer()), locale));
	}

	/**
	 * Replaces the editable profile; {@code version} (in the body or as {@code If-Match})
	 * is the one last read. Team and owner change only by reassignment: sending other
	 * values than the account's is refused.
	 */
	@PutMapping("/{id}")
	AccountResource update(@PathVariable long id, @RequestBody AccountRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(defaultValue = "false") boolean confirmDuplicates, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		long version = version(request.version(), ifMatch);
		AccountView current = this.accounts.show(id, user.viewer());
		if (request.teamCode() != null && !request.teamCode().equals(current.teamCode())) {
			throw ChangeRejected.of("teamCode", "account.error.reassignSeparately");
		}
		if (request.ownerUsername() != null && !request.ownerUsername().equals(current.ownerUsername())) {
			throw ChangeRejected.of("ownerUsername", "account.error.reassignSeparately");
		}
		this.accounts.update(id, version, request.toDraft(), user.viewer(),
				confirmDuplicates || Boolean.TRUE.equals(request.duplicatesConfirmed()));
		return AccountResource.of(this.accounts.show(id, user.viewer()), locale);
	}

	/**
	 * Gives the account to {@code teamCode} and {@code ownerUsername} (null: nobody); for
	 * the manager of the account's team and admins, 403 for others who see it.
	 */
	@PostMapping("/{id}/reassignment")
	AccountResource reassign(@PathVariable long id, @RequestBody ReassignmentRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		this.accounts.reassign(id, version(request.version(), ifMatch), request.teamCode(), request.ownerUsername(),
				user.viewer());
		return AccountResource.of(this.accounts.show(id, user.viewer()), locale);
	}

	/**
	 * An account whose name matches existing accounts (查重): 409 with the matches' names
	 * and teams; send again with {@code ?confirmDuplicates=true} if it is a different
	 * customer.
	 */
	@ExceptionHandler(AccountDuplicateSuspectedException.class)
	ProblemDetail duplicate(AccountDuplicateSuspectedException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Possible duplicate of the accounts in 'matches'; nothing was saved. "
						+ "Send again with confirmDuplicates=true if it is a different customer.");
		problem.setTitle("Possible duplicate");
		problem.setProperty("matches", ex.matches().stream().map((match) -> {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("kind", "ACCOUNT");
			shown.put("name", match.name());
			shown.put("team", match.team().in(locale));
			return shown;
		}).toList());
		return problem;
	}

	/**
	 * The version from the body, else from an {@code If-Match} header ({@code "3"} or
	 * {@code W/"3"}).
	 * @throws ChangeRejected on {@code version} when neither carries one
	 */
	static long version(Long body, String ifMatch) {
		if (body != null) {
			return body;
		}
		if (ifMatch != null) {
			String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
			try {
				return Long.parseLong(tag);
			}
			catch (NumberFormatException ex) {
				throw ChangeRejected.of("version", "form.required");
			}
		}
		throw ChangeRejected.of("version", "form.required");
	}

	/**
	 * An account file as sent: the industry by its code; {@code teamCode} and
	 * {@code ownerUsername} on creation only.
	 */
	record AccountRequest(String name, String industryCode, Integer industryRank, BigDecimal annualRevenue,
			BigDecimal annualPurchase, String address, String phone, String website, String businessCharacteristics,
			String industryPosition, String distributionCapability, String financialStrength, String commercialCredit,
			String cooperationIntent, DecisionMode decisionMode, Lifecycle lifecycle,
			RelationshipStage relationshipStage, String teamCode, String ownerUsername, Boolean duplicatesConfirmed,
			Long version) {

		AccountDraft toDraft() {
			return new AccountDraft(this.name, this.industryCode, this.industryRank, this.annualRevenue,
					this.annualPurchase, this.address, this.phone, this.website, this.businessCharacteristics,
					this.industryPosition, this.distributionCapability, this.financialStrength, this.commercialCredit,
					this.cooperationIntent, this.decisionMode,
					Objects.requireNonNullElse(this.lifecycle, Lifecycle.PROSPECT),
					Objects.requireNonNullElse(this.relationshipStage, RelationshipStage.OUTSIDER));
		}

	}

	/** A new team and owner (null: nobody) for an account, at the version read. */
	record ReassignmentRequest(String teamCode, String ownerUsername, Long version) {

	}

	/** One line of the account list. */
	record AccountSummary(long id, String name, String teamCode, String team, String ownerName, String industry,
			Tier tier, boolean tierSetByHand, PortfolioClass portfolioClass, PyramidLevel pyramidLevel,
			RelationshipStage relationshipStage, Lifecycle lifecycle, BigDecimal annualRevenue,
			BigDecimal annualPurchase) {

		static AccountSummary of(AccountRow row, Locale locale) {
			return new AccountSummary(row.id(), row.name(), row.teamCode(), localized(row.team(), locale), row.owner(),
					localized(row.industry(), locale), row.tier(), row.tierSetByHand(), row.portfolioClass(),
					row.pyramidLevel(), row.relationshipStage(), row.lifecycle(), row.annualRevenue(),
					row.annualPurchase());
		}

	}

	/**
	 * An account with its whole file and classification, and the version to send back
	 * with a change.
	 */
	record AccountResource(long id, long version, String name, String teamCode, String team, String ownerUsername,
			String ownerName, String industryCode, String industry, Integer industryRank, BigDecimal annualRevenue,
			BigDecimal annualPurchase, String address, String phone, String website, String businessCharacteristics,
			String industryPosition, String distributionCapability, String financialStrength, String commercialCredit,
			String cooperationIntent, DecisionMode decisionMode, Lifecycle lifecycle,
			RelationshipStage relationshipStage, Tier tier, boolean tierSetByHand, Integer tierCriteriaVersion,
			PortfolioClass portfolioClass, PyramidLevel pyramidLevel, Instant valueAssessedAt, String source,
			String contactHint, String notes, Long convertedFromLeadId, Instant createdAt) {

		static AccountResource of(AccountView a, Locale locale) {
			return new AccountResource(a.id(), a.version(), a.name(), a.teamCode(), localized(a.team(), locale),
					a.ownerUsername(), a.ownerName(), a.industryCode(), localized(a.industry(), locale),
					a.industryRank(), a.annualRevenue(), a.annualPurchase(), a.address(), a.phone(), a.website(),
					a.businessCharacteristics(), a.industryPosition(), a.distributionCapability(),
					a.financialStrength(), a.commercialCredit(), a.cooperationIntent(), a.decisionMode(), a.lifecycle(),
					a.relationshipStage(), a.tier(), a.tierSetByHand(), a.tierCriteriaVersion(), a.portfolioClass(),
					a.pyramidLevel(), a.valueAssessedAt(), localized(a.source(), locale), a.contactHint(), a.notes(),
					a.convertedFromLeadId(), a.createdAt());
		}

	}

	private static String localized(LocalizedName name, Locale locale) {
		return (name != null) ? name.in(locale) : null;
	}

}

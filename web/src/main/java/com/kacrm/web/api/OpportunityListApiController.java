package com.kacrm.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.opportunity.OpportunityListService;
import com.kacrm.persistence.opportunity.OpportunityRow;
import com.kacrm.web.opportunity.OpportunityListParams;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of deals for other systems: the screen's filters, paged (at most
 * {@value #MAX_PAGE_SIZE} a page), only the deals the caller may see. Amounts are in 万元;
 * names come in the caller's language; milestone codes are those of SPEC 5.
 */
@RestController
class OpportunityListApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final OpportunityListService list;

	OpportunityListApiController(OpportunityListService list) {
		this.list = list;
	}

	/**
	 * A page of the deals; filters {@code milestone}, {@code status}, {@code ownerId},
	 * {@code teamId}, {@code industryId}, {@code tier}, {@code signingFrom},
	 * {@code signingTo}, {@code amountMin}, {@code amountMax}, {@code q}; sort by
	 * {@code name}, {@code account}, {@code milestone}, {@code status}, {@code owner},
	 * {@code amount}, {@code probability}, {@code weightedAmount},
	 * {@code expectedSigningDate}, {@code milestoneEnteredAt}, {@code nextStepDate} or
	 * {@code created} (400 for others).
	 */
	@GetMapping("/api/v1/opportunities")
	PagedModel<OpportunitySummary> list(@ParameterObject OpportunityListParams params,
			@ParameterObject @PageableDefault(size = 50, sort = "expectedSigningDate") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Pageable limited = (pageable.getPageSize() > MAX_PAGE_SIZE)
				? PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort()) : pageable;
		return new PagedModel<>(this.list.list(params.toFilter(), limited, user.viewer())
			.map((row) -> OpportunitySummary.of(row, locale)));
	}

	/** One deal of the list, with the version to send back with a change. */
	record OpportunitySummary(long id, long version, String name, long accountId, String accountName, Tier tier,
			String industry, long teamId, String team, Long ownerId, String ownerName, Milestone milestone,
			OpportunityStatus status, BigDecimal estimatedAmount, int probability, BigDecimal weightedAmount,
			LocalDate expectedSigningDate, long daysInMilestone, LocalDate nextStepDate) {

		static OpportunitySummary of(OpportunityRow row, Locale locale) {
			return new OpportunitySummary(row.id(), row.version(), row.name(), row.accountId(), row.accountName(),
					row.tier(), localized(row.industry(), locale), row.teamId(), localized(row.team(), locale),
					row.ownerId(), row.ownerName(), row.milestone(), row.status(), row.estimatedAmount(),
					row.probability(), row.weightedAmount(), row.expectedSigningDate(), row.daysInMilestone(),
					row.nextStepDate());
		}

		private static String localized(LocalizedName name, Locale locale) {
			return (name != null) ? name.in(locale) : null;
		}

	}

}

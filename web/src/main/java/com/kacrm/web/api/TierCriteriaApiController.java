package com.kacrm.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCheck;
import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.domain.reference.TierMeasure;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.tiering.TierApplied;
import com.kacrm.persistence.tiering.TierCriteriaView;
import com.kacrm.persistence.tiering.TierMove;
import com.kacrm.persistence.tiering.TierPreview;
import com.kacrm.persistence.tiering.TieringService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tier criteria: anyone signed in reads the current version; admins preview a change
 * (who would move and why) and apply it as the next version. Amounts are in 万元.
 */
@RestController
@RequestMapping("/api/v1/reference/tier-criteria")
class TierCriteriaApiController {

	private final TieringService tiering;

	TierCriteriaApiController(TieringService tiering) {
		this.tiering = tiering;
	}

	@GetMapping
	CriteriaResource current() {
		return CriteriaResource.of(this.tiering.current());
	}

	/** Which accounts and open leads the proposed criteria would move; saves nothing. */
	@PostMapping("/preview")
	PreviewResource preview(@RequestBody ProposedCriteria proposed) {
		return PreviewResource.of(this.tiering.preview(proposed.criteria()));
	}

	/**
	 * Applies the proposed criteria as the version after {@code basedOnVersion},
	 * re-tiering every account and open lead they move; 409 when another version was
	 * applied since.
	 */
	@PutMapping
	AppliedResource apply(@RequestBody ProposedCriteria proposed, @AuthenticationPrincipal CurrentUser user) {
		if (proposed.basedOnVersion() == null) {
			throw ChangeRejected.of("basedOnVersion", "form.required");
		}
		TierApplied applied = this.tiering.apply(proposed.criteria(), proposed.basedOnVersion(), proposed.note(),
				user.actor());
		return new AppliedResource(applied.versionNumber(), applied.accountsMoved(), applied.leadsMoved());
	}

	record CriterionResource(Tier tier, Integer maxIndustryRank, BigDecimal minAnnualRevenue,
			BigDecimal minAnnualPurchase, CoverageMode coverageMode, ManagementMode managementMode,
			Integer contactCadenceDays) {

		static CriterionResource of(TierCriterion criterion) {
			return new CriterionResource(criterion.tier(), criterion.maxIndustryRank(),
					plain(criterion.minAnnualRevenue()), plain(criterion.minAnnualPurchase()), criterion.coverageMode(),
					criterion.managementMode(), criterion.contactCadenceDays());
		}

		TierCriterion criterion() {
			return new TierCriterion(this.tier, this.maxIndustryRank, this.minAnnualRevenue, this.minAnnualPurchase,
					this.coverageMode, this.managementMode, this.contactCadenceDays);
		}

		private static BigDecimal plain(BigDecimal amount) {
			return (amount != null) ? new BigDecimal(amount.stripTrailingZeros().toPlainString()) : null;
		}

	}

	record CriteriaResource(int version, Instant createdAt, String createdBy, String note,
			List<CriterionResource> tiers) {

		static CriteriaResource of(TierCriteriaView view) {
			return new CriteriaResource(view.versionNumber(), view.createdAt(), view.createdBy(), view.note(),
					view.criteria().stream().map(CriterionResource::of).toList());
		}

	}

	record ProposedCriteria(Integer basedOnVersion, String note, List<CriterionResource> tiers) {

		List<TierCriterion> criteria() {
			return (this.tiers != null)
					? this.tiers.stream().map((tier) -> (tier != null) ? tier.criterion() : null).toList() : List.of();
		}

	}

	record CheckResource(Tier tier, TierMeasure measure, BigDecimal actual, BigDecimal bound, boolean met) {

		static CheckResource of(TierCheck check) {
			return new CheckResource(check.tier(), check.measure(), check.actual(), check.bound(), check.met());
		}

	}

	record MoveResource(String type, Long id, String name, Tier from, Tier to, List<CheckResource> reason) {

		static MoveResource of(TierMove move) {
			return new MoveResource(move.subjectType(), move.id(), move.name(), move.from(), move.to(),
					move.reason().stream().map(CheckResource::of).toList());
		}

	}

	record PreviewResource(int basedOnVersion, List<String> changed, long assessed, long keptByHand,
			long accountsMoving, long leadsMoving, List<MoveResource> moves) {

		static PreviewResource of(TierPreview preview) {
			return new PreviewResource(preview.basedOnVersion(), preview.changed(), preview.assessed(),
					preview.keptByHand(), preview.accountsMoving(), preview.leadsMoving(),
					preview.moves().stream().map(MoveResource::of).toList());
		}

	}

	record AppliedResource(int version, long accountsMoved, long leadsMoved) {

	}

}

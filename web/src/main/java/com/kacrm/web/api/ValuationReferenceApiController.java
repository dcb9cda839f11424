package com.kacrm.web.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModelSettings;
import com.kacrm.persistence.pool.PoolRuleRow;
import com.kacrm.persistence.pool.PoolRuleService;
import com.kacrm.persistence.valuation.ValueModelService;
import com.kacrm.persistence.valuation.ValueModelView;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's value model and public-pool rules for clients that assess accounts or show
 * when a record returns to the pool. Read-only; admins change them on their screens.
 */
@RestController
@RequestMapping("/api/v1/reference")
class ValuationReferenceApiController {

	private final ValueModelService valueModel;

	private final PoolRuleService poolRules;

	ValuationReferenceApiController(ValueModelService valueModel, PoolRuleService poolRules) {
		this.valueModel = valueModel;
		this.poolRules = poolRules;
	}

	/**
	 * The value model: each criterion with its group and weight, the portfolio thresholds
	 * and the five classes with their recommended action.
	 */
	@GetMapping("/value-model")
	ValueModelResource valueModel() {
		return ValueModelResource.of(this.valueModel.current());
	}

	/** The public-pool rule of every tier, A first; a null holding cap means no cap. */
	@GetMapping("/pool-rules")
	List<PoolRuleResource> poolRules() {
		return this.poolRules.rules().stream().map(PoolRuleResource::of).toList();
	}

	record ValueModelResource(long version, List<CriterionResource> criteria, BigDecimal currentHighThreshold,
			BigDecimal potentialHighThreshold, BigDecimal smallThreshold, int ratProfitScore,
			List<PortfolioClassResource> portfolioClasses) {

		static ValueModelResource of(ValueModelView view) {
			ValueModelSettings settings = view.settings();
			return new ValueModelResource(view.version(),
					Arrays.stream(ValueCriterion.values())
						.map((c) -> new CriterionResource(c.name(), c.group().name(), settings.weight(c)))
						.toList(),
					settings.currentHighThreshold(), settings.potentialHighThreshold(), settings.smallThreshold(),
					settings.ratProfitScore(),
					Arrays.stream(PortfolioClass.values())
						.map((pc) -> new PortfolioClassResource(pc.name(), pc.recommendedAction().name()))
						.toList());
		}

	}

	record CriterionResource(String code, String group, int weight) {
	}

	record PortfolioClassResource(String code, String recommendedAction) {
	}

	record PoolRuleResource(String tier, long version, int contactDays, int progressDays, int warningDays,
			Integer holdingCap, int cooldownDays) {

		static PoolRuleResource of(PoolRuleRow row) {
			PoolRuleSettings s = row.settings();
			return new PoolRuleResource(row.tier().name(), row.version(), s.contactDays(), s.progressDays(),
					s.warningDays(), s.holdingCap(), s.cooldownDays());
		}

	}

}

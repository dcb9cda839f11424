package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.domain.valuation.RecommendedAction;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.persistence.valuation.AccountValuationService;
import com.kacrm.persistence.valuation.ValuationRow;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's value assessments (客户价值评估): all of them oldest first (the trend), and a
 * new one from a score 1–5 of each criterion. Accounts outside the caller's scope answer
 * 404; a missing or out-of-range score 422 (field {@code scores[i].score}, i the
 * criterion's position in {@code /api/v1/reference/value-model}).
 */
@RestController
class AccountValuationApiController {

	private final AccountValuationService valuations;

	AccountValuationApiController(AccountValuationService valuations) {
		this.valuations = valuations;
	}

	@GetMapping("/api/v1/accounts/{id}/value-assessments")
	List<ValuationResource> trend(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.valuations.trendOf(id, user.viewer()).stream().map(ValuationResource::of).toList();
	}

	/** Assesses the account with the current value model; 201 with the result. */
	@PostMapping("/api/v1/accounts/{id}/value-assessments")
	ResponseEntity<ValuationResource> assess(@PathVariable long id, @RequestBody AssessmentRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
		if (request.scores() != null) {
			scores.putAll(request.scores());
		}
		ValuationRow saved = this.valuations.assess(id, scores, request.note(), user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id + "/value-assessments"))
			.body(ValuationResource.of(saved));
	}

	/** A score 1–5 of each criterion by its name, and an optional note. */
	record AssessmentRequest(Map<ValueCriterion, Integer> scores, String note) {

	}

	/** One assessment: the scores and what the model made of them at the time. */
	record ValuationResource(long id, Instant assessedAt, String assessedByName, Map<ValueCriterion, Integer> scores,
			BigDecimal currentScore, BigDecimal potentialScore, BigDecimal strategicScore, BigDecimal totalScore,
			PortfolioClass portfolioClass, RecommendedAction recommendedAction, PyramidLevel pyramidLevel,
			String note) {

		static ValuationResource of(ValuationRow row) {
			return new ValuationResource(row.id(), row.assessedAt(), row.assessedByName(), scoresOf(row),
					row.currentScore(), row.potentialScore(), row.strategicScore(), row.totalScore(),
					row.portfolioClass(), row.recommendedAction(), row.pyramidLevel(), row.note());
		}

		private static Map<ValueCriterion, Integer> scoresOf(ValuationRow row) {
			Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
			scores.putAll(row.scores());
			return scores;
		}

	}

}

package com.kacrm.web.api;

import java.net.URI;
import java.util.List;

import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.persistence.competitor.CompetitorRow;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.competitor.PresenceRow;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Competitors (竞争对手), shared by all users: search and create (a name already on record
 * answers 422 on {@code name}); and the competitors present at an account with their
 * position there (accounts outside the caller's scope answer 404).
 */
@RestController
class CompetitorApiController {

	private final CompetitorService competitors;

	CompetitorApiController(CompetitorService competitors) {
		this.competitors = competitors;
	}

	/** Competitors by name whose name or products contain {@code q}, paged. */
	@GetMapping("/api/v1/competitors")
	PagedModel<CompetitorRow> search(@RequestParam(required = false) String q,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable) {
		return new PagedModel<>(this.competitors.search(q, pageable));
	}

	/** Records a competitor; 201 with it. */
	@PostMapping("/api/v1/competitors")
	ResponseEntity<CompetitorRow> create(@RequestBody CompetitorDetails request,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.competitors.create(request, user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/competitors/" + id)).body(this.competitors.show(id));
	}

	/** One competitor. */
	@GetMapping("/api/v1/competitors/{id}")
	CompetitorRow show(@PathVariable long id) {
		return this.competitors.show(id);
	}

	/** The competitors at the account, by name, with their position there. */
	@GetMapping("/api/v1/accounts/{id}/competitors")
	List<PresenceRow> atAccount(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.competitors.presencesAt(id, user.viewer());
	}

}

package com.kacrm.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.swot.SwotContent;
import com.kacrm.persistence.swot.SwotRow;
import com.kacrm.persistence.swot.SwotService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An account's SWOT analyses (半年一扫描): newest first with whether each is due again, and
 * adding one. Accounts outside the caller's scope answer 404; a refused SWOT 422.
 */
@RestController
class SwotApiController {

	private final SwotService swots;

	SwotApiController(SwotService swots) {
		this.swots = swots;
	}

	/** The account's SWOTs, newest first; the first one's {@code due} is the reminder. */
	@GetMapping("/api/v1/accounts/{id}/swots")
	List<SwotRow> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.swots.swotsOf(id, user.viewer());
	}

	/**
	 * Adds a SWOT; {@code assessedOn} (ISO date) defaults to today. 201 with the SWOT.
	 */
	@PostMapping("/api/v1/accounts/{id}/swots")
	ResponseEntity<SwotRow> add(@PathVariable long id, @RequestBody SwotRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		long swotId = this.swots.add(id,
				new SwotContent(request.strengths(), request.weaknesses(), request.opportunities(), request.threats()),
				request.assessedOn(), user.viewer());
		SwotRow created = this.swots.swotsOf(id, user.viewer())
			.stream()
			.filter((row) -> row.id() == swotId)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + id + "/swots")).body(created);
	}

	record SwotRequest(LocalDate assessedOn, String strengths, String weaknesses, String opportunities,
			String threats) {

	}

}

package com.kacrm.web.api;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.LeadPoolChange;
import com.kacrm.persistence.lead.LeadPoolService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public pool (公海) in the API: a rep or manager of the lead's region claims a pooled
 * lead, its owner gives it back with a reason. 422 with the violations when the holding
 * cap or the cooldown refuses a claim or the reason is missing, 409 for a stale version,
 * 404 for a lead the caller may not see, 403 when the caller may see but not do it.
 */
@RestController
@RequestMapping("/api/v1/leads/{id}")
class LeadPoolApiController {

	private final LeadPoolService pool;

	LeadPoolApiController(LeadPoolService pool) {
		this.pool = pool;
	}

	@PostMapping("/claim")
	PoolResource claim(@PathVariable long id, @RequestBody PoolRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return PoolResource.of(this.pool.claim(id, request.requiredVersion(), user.viewer()));
	}

	@PostMapping("/release")
	PoolResource release(@PathVariable long id, @RequestBody PoolRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		return PoolResource.of(this.pool.release(id, request.requiredVersion(), request.reason(), user.viewer()));
	}

	/**
	 * @param version the lead's version the caller based the command on
	 * @param reason why the owner gives the lead back (release only)
	 */
	record PoolRequest(Long version, String reason) {

		long requiredVersion() {
			if (this.version == null) {
				throw ChangeRejected.of("version", "form.required");
			}
			return this.version;
		}

	}

	/**
	 * The lead after the command: its new version, status and owner (null in the pool).
	 */
	record PoolResource(long id, long version, String status, String ownerUsername) {

		static PoolResource of(LeadPoolChange change) {
			return new PoolResource(change.id(), change.version(), change.status().name(), change.ownerUsername());
		}

	}

}

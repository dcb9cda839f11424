package com.kacrm.web.api;

import java.net.URI;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.ConversionRequest;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Converts a lead into an account (转化), optionally with its first opportunity at
 * milestone 1: 201 with the new ids; 409 when accounts with the same name exist and the
 * caller has not confirmed that this is another customer (the matches are listed, ids
 * only of records the caller may see) or when the lead changed since {@code version}; 422
 * when the lead is closed or the opportunity name is missing; 404 for a lead the caller
 * does not see; 403 when they may not convert it.
 */
@RestController
class LeadConversionApiController {

	private final LeadConversionService conversions;

	LeadConversionApiController(LeadConversionService conversions) {
		this.conversions = conversions;
	}

	@PostMapping("/api/v1/leads/{id}/convert")
	ResponseEntity<ConvertedResource> convert(@PathVariable long id, @RequestBody ConvertLead body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body.version() == null) {
			throw ChangeRejected.of("version", "form.required");
		}
		ConversionResult result = this.conversions.convert(id, body.version(),
				new ConversionRequest(Boolean.TRUE.equals(body.createOpportunity()), body.opportunityName()),
				Boolean.TRUE.equals(body.duplicatesConfirmed()), user.viewer());
		return ResponseEntity.created(URI.create("/accounts/" + result.accountId()))
			.body(new ConvertedResource(result.accountId(), result.opportunityId()));
	}

	/** The request body; {@code version} is the lead's version the caller last read. */
	record ConvertLead(Long version, Boolean createOpportunity, String opportunityName, Boolean duplicatesConfirmed) {
	}

	record ConvertedResource(long accountId, Long opportunityId) {
	}

}

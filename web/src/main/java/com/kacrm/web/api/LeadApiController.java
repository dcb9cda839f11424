package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.lead.LeadDraft;
import com.kacrm.persistence.lead.LeadRow;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.web.lead.LeadSheetParams;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lead sheet JTF001 for other systems: the sheet with the screen's filters, paged
 * (only the leads the caller may see), one lead, registering (with the duplicate check:
 * 409 listing the matches unless {@code duplicatesConfirmed}) and editing with the
 * version read, and logging a call with the lead's customer. Amounts are in 万元; names
 * come in the caller's language ({@code ?lang=en} or an English {@code Accept-Language}).
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadApiController {

	private final LeadService leads;

	private final LeadSheetService sheet;

	LeadApiController(LeadService leads, LeadSheetService sheet) {
		this.leads = leads;
		this.sheet = sheet;
	}

	/**
	 * A page of the sheet; filters {@code queue}, {@code q}, {@code region},
	 * {@code industry}, {@code customerClass}, {@code source}, {@code status},
	 * {@code from}, {@code to}; sort by {@code number}, {@code customerName},
	 * {@code region}, {@code industry}, {@code annualRevenue}, {@code customerClass},
	 * {@code source}, {@code registeredAt} or {@code status}.
	 */
	@GetMapping
	PagedModel<LeadSummary> list(@ParameterObject LeadSheetParams params,
			@ParameterObject @PageableDefault(size = 50, sort = "registeredAt",
					direction = Sort.Direction.DESC) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return new PagedModel<>(
				this.sheet.sheet(params.toFilter(), pageable, user.viewer()).map((row) -> LeadSummary.of(row, locale)));
	}

	@GetMapping("/{id}")
	LeadResource show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		return LeadResource.of(this.sheet.show(id, user.viewer()), locale);
	}

	/** Registers a lead; 201 with the lead, its number, status and registration time. */
	@PostMapping
	ResponseEntity<LeadResource> register(@RequestBody LeadRequest request, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		RegisteredLead registered = this.leads.register(request.toNewLead(), user.viewer(),
				Boolean.TRUE.equals(request.duplicatesConfirmed()));
		return ResponseEntity.created(URI.create("/api/v1/leads/" + registered.id()))
			.body(LeadResource.of(this.sheet.show(registered.id(), user.viewer()), locale));
	}

	/** Replaces what users write about the lead; {@code version} is the one last read. */
	@PutMapping("/{id}")
	LeadResource update(@PathVariable long id, @RequestBody LeadRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		if (request.version() == null) {
			throw com.kacrm.domain.shared.ChangeRejected.of("version", "form.required");
		}
		this.leads.update(id, request.version(), request.toDraft(), user.viewer());
		return LeadResource.of(this.sheet.show(id, user.viewer()), locale);
	}

	/**
	 * Logs a call or visit with the lead's customer now, by its owner: {@code type}
	 * PHONE_INVITATION (the default), SALES_VISIT or OTHER, {@code note} its outcome
	 * (required), {@code version} the lead's as read (required). The lead is then
	 * CONTACTING and its pool clock restarts; the call becomes the account's when the
	 * lead is converted. 200 with the lead.
	 */
	@PostMapping("/{id}/contact")
	LeadResource recordContact(@PathVariable long id, @RequestBody ContactRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		if (request.version() == null) {
			throw com.kacrm.domain.shared.ChangeRejected.of("version", "form.required");
		}
		this.leads.recordContact(id, request.version(), request.activityType(), request.note(), user.viewer());
		return LeadResource.of(this.sheet.show(id, user.viewer()), locale);
	}

	/** A call logged on a lead: its type's code, its outcome and the lead's version. */
	@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
	record ContactRequest(String type, String note, Long version) {

		ActivityType activityType() {
			if (this.type == null || this.type.isBlank()) {
				return null;
			}
			try {
				return ActivityType.valueOf(this.type.strip());
			}
			catch (IllegalArgumentException ex) {
				throw com.kacrm.domain.shared.ChangeRejected.of("type", "lead.contact.error.type");
			}
		}

	}

	/**
	 * A lead as sent: codes for the references ({@code regionCode}, {@code industry},
	 * {@code source}), the class set by hand with {@code classReason} or left out to be
	 * proposed, {@code ownerUsername} for managers and admins.
	 */
	record LeadRequest(String customerName, String regionCode, String industry, Integer industryRank,
			BigDecimal annualRevenue, Tier customerClass, String classReason, String source, String contactHint,
			String notes, String ownerUsername, Boolean duplicatesConfirmed, Long version) {

		NewLead toNewLead() {
			return new NewLead(this.customerName, this.regionCode, this.industry, this.industryRank, this.annualRevenue,
					this.customerClass, this.classReason, this.source, this.contactHint, this.notes, this.ownerUsername,
					null);
		}

		LeadDraft toDraft() {
			return toNewLead().draft();
		}

	}

	/** One line of the sheet: the JTF001 columns, then status and owner. */
	record LeadSummary(long id, String number, String customerName, String regionCode, String region, String industry,
			String industryName, BigDecimal annualRevenue, Tier customerClass, boolean classSetByHand, String source,
			String sourceName, Instant registeredAt, LeadStatus status, String ownerName, String teamCode) {

		static LeadSummary of(LeadRow row, Locale locale) {
			return new LeadSummary(row.id(), row.number(), row.customerName(), row.regionCode(),
					name(row.region(), locale), row.industryCode(), name(row.industry(), locale), row.annualRevenue(),
					row.customerClass(), row.classSetByHand(), row.sourceCode(), name(row.source(), locale),
					row.registeredAt(), row.status(), row.ownerName(), row.teamCode());
		}

	}

	/**
	 * A lead with everything its page shows, and the version to send back with a change.
	 */
	record LeadResource(long id, long version, String number, String customerName, String regionCode, String region,
			String industry, String industryName, Integer industryRank, BigDecimal annualRevenue, Tier customerClass,
			boolean classSetByHand, Integer tierCriteriaVersion, String source, String sourceName, String contactHint,
			String notes, LeadStatus status, String discardReason, Instant registeredAt, String registrantName,
			String ownerUsername, String ownerName, String teamCode, Instant lastContactedAt, Long convertedAccountId,
			Long convertedOpportunityId) {

		static LeadResource of(LeadView lead, Locale locale) {
			return new LeadResource(lead.id(), lead.version(), lead.number(), lead.customerName(), lead.regionCode(),
					name(lead.region(), locale), lead.industryCode(), name(lead.industry(), locale),
					lead.industryRank(), lead.annualRevenue(), lead.customerClass(), lead.classSetByHand(),
					lead.tierCriteriaVersion(), lead.sourceCode(), name(lead.source(), locale), lead.contactHint(),
					lead.notes(), lead.status(), lead.discardReason(), lead.registeredAt(), lead.registrantName(),
					lead.ownerUsername(), lead.ownerName(), lead.teamCode(), lead.lastContactedAt(),
					lead.convertedAccountId(), lead.convertedOpportunityId());
		}

	}

	private static String name(LocalizedName name, Locale locale) {
		return (name != null) ? name.in(locale) : null;
	}

}

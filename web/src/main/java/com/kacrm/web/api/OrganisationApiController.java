package com.kacrm.web.api;

import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.TeamRow;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sales teams with their region and manager, for clients' pick lists. Any signed-in
 * user may read them.
 */
@RestController
@RequestMapping("/api/v1/reference")
class OrganisationApiController {

	private final OrganisationAdminService organisation;

	OrganisationApiController(OrganisationAdminService organisation) {
		this.organisation = organisation;
	}

	/**
	 * Every team by region and code; {@code name} and {@code regionName} are in the
	 * request's language ({@code ?lang=en} or the CRM_LANG cookie), Chinese by default.
	 */
	@GetMapping("/teams")
	List<TeamResource> teams(Locale locale) {
		return this.organisation.teams().stream().map((team) -> TeamResource.of(team, locale)).toList();
	}

	record TeamResource(String code, String name, String nameZh, String nameEn, String regionCode, String regionName,
			String managerUsername, String managerName) {

		static TeamResource of(TeamRow team, Locale locale) {
			return new TeamResource(team.code(), team.name().in(locale), team.name().zh(), team.name().en(),
					team.regionCode(), team.regionName().in(locale), team.managerUsername(), team.managerName());
		}

	}

}

package com.kacrm.web.admin;

import java.util.List;

import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.OrganisationSummary;
import com.kacrm.persistence.reference.ReferenceDataService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administration index: what reference data the CRM holds. Access is limited to
 * admins by the security configuration ({@code /admin/**}).
 */
@Controller
class AdminController {

	private final OrganisationService organisation;

	private final ReferenceDataService referenceData;

	AdminController(OrganisationService organisation, ReferenceDataService referenceData) {
		this.organisation = organisation;
		this.referenceData = referenceData;
	}

	@GetMapping("/admin")
	String show(Model model) {
		OrganisationSummary organisation = this.organisation.summary();
		model.addAttribute("counts",
				List.of(new Count("regions", organisation.regions()), new Count("teams", organisation.teams()),
						new Count("users", organisation.users()),
						new Count("industries", this.referenceData.industryCount())));
		model.addAttribute("screens", SCREENS);
		return "admin/index";
	}

	/** The maintenance screens, in the order an admin sets up a new installation. */
	static final List<Screen> SCREENS = List.of(new Screen("industries", "/admin/industries"),
			new Screen("leadSources", "/admin/lead-sources"), new Screen("teams", "/admin/teams"),
			new Screen("users", "/admin/users"), new Screen("tierCriteria", "/admin/tier-criteria"),
			new Screen("valueModel", "/admin/value-model"), new Screen("milestones", "/admin/milestones"),
			new Screen("poolRules", "/admin/pool-rules"), new Screen("history", "/admin/history"),
			new Screen("audit", "/admin/audit"));

	/**
	 * A maintenance screen: {@code key} names its label and summary
	 * ({@code admin.<key>}).
	 */
	record Screen(String key, String path) {
	}

	/**
	 * One figure of the overview; {@code key} names both the label ({@code admin.<key>})
	 * and the test hook.
	 */
	record Count(String key, long value) {
	}

}

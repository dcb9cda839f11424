package com.kacrm.web.admin;

import java.util.List;

import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.OrganisationSummary;
import com.kacrm.persistence.reference.IndustryRow;
import com.kacrm.persistence.reference.ReferenceDataService;

import org.springframework.data.domain.Pageable;
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
		List<IndustryRow> industries = this.referenceData.industries(Pageable.ofSize(100)).getContent();
		model.addAttribute("counts",
				List.of(new Count("regions", organisation.regions()), new Count("teams", organisation.teams()),
						new Count("users", organisation.users()),
						new Count("industries", this.referenceData.industryCount())));
		model.addAttribute("industries", industries);
		model.addAttribute("leadSources", this.referenceData.leadSources());
		return "admin/index";
	}

	/**
	 * One figure of the overview; {@code key} names both the label ({@code admin.<key>})
	 * and the test hook.
	 */
	record Count(String key, long value) {
	}

}

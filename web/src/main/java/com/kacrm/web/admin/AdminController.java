package com.kacrm.web.admin;

import com.kacrm.persistence.organisation.OrganisationService;
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
		model.addAttribute("organisation", this.organisation.summary());
		model.addAttribute("industries", this.referenceData.industries(Pageable.ofSize(100)).getContent());
		model.addAttribute("leadSources", this.referenceData.leadSources());
		return "admin/index";
	}

}

package com.kacrm.web.admin;

import java.util.List;

import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.pool.PoolRuleService;
import com.kacrm.persistence.reference.ReferenceDataAdminService;
import com.kacrm.persistence.tiering.TieringService;
import com.kacrm.persistence.valuation.ValueModelService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit history of reference data: every admin change with who, when and old → new,
 * newest first, optionally for one kind of record.
 */
@Controller
class AdminHistoryController {

	/** The kinds of record admins maintain, in the order of the admin index. */
	static final List<String> ADMIN_SUBJECTS = List.of(ReferenceDataAdminService.INDUSTRY,
			ReferenceDataAdminService.LEAD_SOURCE, OrganisationAdminService.REGION, OrganisationAdminService.TEAM,
			OrganisationAdminService.USER, TieringService.TIER_CRITERIA, ValueModelService.SUBJECT_TYPE,
			PlaybookService.MILESTONE, PlaybookService.CHECKLIST_ITEM, PoolRuleService.SUBJECT_TYPE);

	private static final int PAGE_SIZE = 50;

	private final HistoryService history;

	AdminHistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/admin/history")
	String list(@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page, Model model) {
		String chosen = (type != null && ADMIN_SUBJECTS.contains(type)) ? type : null;
		List<String> types = (chosen != null) ? List.of(chosen) : ADMIN_SUBJECTS;
		Page<?> rows = this.history.recent(types, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("page", rows);
		model.addAttribute("types", ADMIN_SUBJECTS);
		model.addAttribute("type", chosen);
		return "admin/history";
	}

}

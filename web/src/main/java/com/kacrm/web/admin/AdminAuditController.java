package com.kacrm.web.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.persistence.audit.AuditEventRow;
import com.kacrm.persistence.audit.AuditTrailService;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit trail's search for admins ({@code /admin/audit}; the URL rule admits admins
 * only): who did what to which record and when, newest first, by actor, action, record
 * type and id, text in the values and UTC period, one keyset page at a time.
 */
@Controller
class AdminAuditController {

	static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final AuditTrailService trail;

	AdminAuditController(AuditTrailService trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String search(@Valid @ModelAttribute("search") AuditSearchForm search, BindingResult binding, Model model) {
		List<AuditEventRow> rows = binding.hasErrors() ? List.of() : this.trail.search(search.toQuery());
		boolean more = rows.size() > AuditTrailService.PAGE_SIZE;
		List<AuditEventRow> page = more ? rows.subList(0, AuditTrailService.PAGE_SIZE) : rows;
		model.addAttribute("rows", page);
		model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectTypes", this.trail.subjectTypes());
		model.addAttribute("utc", UTC_TIME);
		return "admin/audit";
	}

}

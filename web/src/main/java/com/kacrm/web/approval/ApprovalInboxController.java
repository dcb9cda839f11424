package com.kacrm.web.approval;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.approval.ApprovalFilter;
import com.kacrm.persistence.approval.ApprovalListService;
import com.kacrm.persistence.approval.ApprovalRow;
import com.kacrm.persistence.approval.ApprovalTab;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The approval inbox (/approvals): the 立项 requests waiting for the manager's decision
 * (oldest first, with their age), the user's own requests with their status and the
 * decider's comment, and every request the user may see; filters, sort and paging kept in
 * the URL. Each row opens the request's page.
 */
@Controller
class ApprovalInboxController {

	static final int PAGE_SIZE = 50;

	private final ApprovalListService list;

	ApprovalInboxController(ApprovalListService list) {
		this.list = list;
	}

	@GetMapping("/approvals")
	String inbox(@ModelAttribute("params") ApprovalInboxParams params, BindingResult result,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		ApprovalFilter filter = params.toFilter(user.getRole());
		Page<ApprovalRow> page;
		Pageable effective = pageable;
		if (result.hasErrors()) {
			// A filter that is not a date (or not an id): said next to it, and nothing
			// listed
			// rather than a list that silently ignores it.
			page = BoundedPage.empty(pageable);
		}
		else {
			try {
				page = this.list.list(filter, pageable, user.viewer());
			}
			catch (UnsupportedSortException ex) {
				effective = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
				page = this.list.list(filter, effective, user.viewer());
			}
		}
		ApprovalTab tab = filter.tab();
		model.addAttribute("tab", tab.code());
		model.addAttribute("filterInvalid", result.hasErrors());
		model.addAttribute("tabs", (user.getRole() == Role.REP) ? new String[] { "mine", "all" }
				: new String[] { "pending", "mine", "all" });
		model.addAttribute("page", page);
		model.addAttribute("links", new ApprovalInboxLinks(params, tab, effective.getSort(), effective.getPageSize()));
		model.addAttribute("choices", this.list.choices(user.viewer()));
		model.addAttribute("statuses", ApprovalStatus.values());
		return "approvals/inbox";
	}

}

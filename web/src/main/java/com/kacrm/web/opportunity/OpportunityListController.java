package com.kacrm.web.opportunity;

import java.time.LocalDate;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.opportunity.OpportunityListService;
import com.kacrm.persistence.opportunity.OpportunityRow;
import com.kacrm.persistence.opportunity.OverrideReportService;
import com.kacrm.persistence.opportunity.OverrideRow;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deals on screen: the list with its filters, sort and paging kept in the URL, the
 * board (看板) by milestone with the same filters, whose cards move through the same gated
 * move as the deal page ({@code POST /opportunities/{id}/milestone}), and the compliance
 * report (合规报告) of managers' overrides. What a user sees is decided by the services.
 */
@Controller
@RequestMapping("/opportunities")
class OpportunityListController {

	static final int PAGE_SIZE = 50;

	static final String DEFAULT_SORT = "expectedSigningDate";

	private final OpportunityListService list;

	private final OverrideReportService overrides;

	OpportunityListController(OpportunityListService list, OverrideReportService overrides) {
		this.list = list;
		this.overrides = overrides;
	}

	@GetMapping
	String list(@ModelAttribute("params") OpportunityListParams params,
			@PageableDefault(size = PAGE_SIZE, sort = DEFAULT_SORT) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Page<OpportunityRow> page;
		Pageable effective = pageable;
		try {
			page = this.list.list(params.toFilter(), pageable, user.viewer());
		}
		catch (UnsupportedSortException ex) {
			effective = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(DEFAULT_SORT));
			page = this.list.list(params.toFilter(), effective, user.viewer());
		}
		model.addAttribute("page", page);
		model.addAttribute("links", new OpportunityListLinks(params, effective.getSort(), effective.getPageSize()));
		model.addAttribute("seesOverrides", user.getRole() != Role.REP);
		return filters(user, model, "opportunities/list");
	}

	@GetMapping("/board")
	String board(@ModelAttribute("params") OpportunityListParams params, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("board", this.list.board(params.toFilter(), user.viewer()));
		model.addAttribute("links", new OpportunityListLinks(params, Sort.unsorted(), PAGE_SIZE));
		return filters(user, model, "opportunities/board");
	}

	private String filters(CurrentUser user, Model model, String view) {
		model.addAttribute("choices", this.list.choices(user.viewer()));
		model.addAttribute("milestones", Milestone.values());
		model.addAttribute("statuses", OpportunityStatus.values());
		model.addAttribute("tiers", Tier.values());
		return view;
	}

	/**
	 * The overrides of a period, by default the last
	 * {@value OverrideReportService#DEFAULT_DAYS} days; reps get 403.
	 */
	@GetMapping("/overrides")
	String overrides(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		LocalDate end = (to != null) ? to : this.overrides.today();
		LocalDate start = (from != null) ? from : end.minusDays(OverrideReportService.DEFAULT_DAYS);
		Page<OverrideRow> rows = this.overrides.overrides(start, end, PageRequest.of(Math.max(page, 0), PAGE_SIZE),
				user.viewer());
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("page", rows);
		model.addAttribute("previousPage", overridesPage(start, end, rows.getNumber() - 1));
		model.addAttribute("nextPage", overridesPage(start, end, rows.getNumber() + 1));
		return "opportunities/overrides";
	}

	private static String overridesPage(LocalDate from, LocalDate to, int page) {
		return UriComponentsBuilder.fromPath("/opportunities/overrides")
			.queryParam("from", from)
			.queryParam("to", to)
			.queryParam("page", page)
			.build()
			.toUriString();
	}

}

package com.kacrm.web.agenda;

import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.activity.ContactCadence;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.persistence.activity.OverdueChoicesService;
import com.kacrm.persistence.activity.OverdueList;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The accounts overdue for contact by their tier's cadence (SPEC 7), most overdue first,
 * with the tallies per rep and per team: a rep sees their team's accounts (their own by
 * default), a manager those of the teams they manage, an admin all.
 */
@Controller
class OverdueController {

	static final int PAGE_SIZE = 50;

	private final CadenceService cadence;

	private final OverdueChoicesService choices;

	OverdueController(CadenceService cadence, OverdueChoicesService choices) {
		this.cadence = cadence;
		this.choices = choices;
	}

	@GetMapping("/visits/overdue")
	String list(@ModelAttribute("params") OverdueParams params, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200));
		OverdueList list = this.cadence.overdue(params.getTeam(), params.ownerId(user), user.viewer(), page);
		ContactCadence cadence = this.cadence.cadence();
		model.addAttribute("list", list);
		model.addAttribute("links", new OverdueLinks(params, page.getPageSize()));
		model.addAttribute("choices", this.choices.choices(user.viewer()));
		model.addAttribute("selectedOwner", params.selectedOwner(user));
		model.addAttribute("tiers", Arrays.asList(Tier.values()));
		model.addAttribute("untieredDays", cadence.intervalDays(null));
		model.addAttribute("allOwners", OverdueParams.ALL);
		return "agenda/overdue";
	}

}

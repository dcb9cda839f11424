package com.kacrm.web.industry;

import com.kacrm.domain.industry.IndustryNote;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.industry.IndustryNoteService;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Industry notes (行业发展信息): every signed-in user reads them, filtered by industry, newest
 * first, and files new ones; market intelligence is shared. Saving redirects to the list
 * (a double submit cannot file the note twice).
 */
@Controller
class IndustryNoteController {

	static final int PAGE_SIZE = 20;

	private final IndustryNoteService notes;

	IndustryNoteController(IndustryNoteService notes) {
		this.notes = notes;
	}

	@GetMapping("/industries/notes")
	String list(@RequestParam(required = false) Long industry, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("industries", this.notes.industries());
		model.addAttribute("industry", industry);
		model.addAttribute("page", this.notes.list(industry, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "industries/notes";
	}

	@GetMapping("/industries/notes/new")
	String newNote(@RequestParam(required = false) Long industry, Model model) {
		IndustryNoteForm form = new IndustryNoteForm();
		form.setIndustryId(industry);
		model.addAttribute("form", form);
		return showForm(model);
	}

	@PostMapping("/industries/notes")
	String create(@ModelAttribute("form") IndustryNoteForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model);
		}
		try {
			this.notes.create(form.getIndustryId(), form.getTitle(), form.getContent(), form.getSource(),
					user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(model);
		}
		redirect.addFlashAttribute("flashSuccess", "industryNote.saved");
		if (form.getIndustryId() != null) {
			redirect.addAttribute("industry", form.getIndustryId());
		}
		return "redirect:/industries/notes";
	}

	private String showForm(Model model) {
		model.addAttribute("industries", this.notes.industries().stream().filter((i) -> i.active()).toList());
		model.addAttribute("maxTitle", IndustryNote.MAX_TITLE);
		model.addAttribute("maxContent", IndustryNote.MAX_CONTENT);
		model.addAttribute("maxSource", IndustryNote.MAX_SOURCE);
		return "industries/note-new";
	}

}

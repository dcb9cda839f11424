package com.kacrm.web.valuation;

import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueGroup;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.valuation.ValueModelService;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The value model screen: weights of the eight criteria by group, the portfolio
 * thresholds, the five classes with their recommended actions, a "try it" assessment and
 * the model's history. Admins only ({@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/value-model")
class ValueModelController {

	private static final int HISTORY_SIZE = 50;

	/** The criteria grouped as the screen shows them. */
	static final List<GroupRows> GROUPS = Arrays.stream(ValueGroup.values())
		.map((group) -> new GroupRows(group, ValueCriterion.of(group)))
		.toList();

	private final ValueModelService valueModel;

	ValueModelController(ValueModelService valueModel) {
		this.valueModel = valueModel;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("valueModelForm", ValueModelForm.of(this.valueModel.current()));
		AssessmentForm assessment = new AssessmentForm();
		assessment.complete();
		model.addAttribute("assessmentForm", assessment);
		return page(model);
	}

	@PostMapping
	String update(@ModelAttribute("valueModelForm") ValueModelForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		form.complete();
		if (result.hasErrors()) {
			return pageWithEmptyAssessment(model);
		}
		try {
			this.valueModel.update(form.toSettings(), form.getVersion(), user.actor());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return pageWithEmptyAssessment(model);
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			form.fill(this.valueModel.current());
			FormErrors.addConflict(result);
			return pageWithEmptyAssessment(model);
		}
		redirect.addFlashAttribute("flashSuccess", "valueModel.saved");
		return "redirect:/admin/value-model";
	}

	/** Assesses the scores entered with the current model; changes nothing. */
	@GetMapping("/assessment")
	String assess(@ModelAttribute("assessmentForm") AssessmentForm form, BindingResult result, Model model) {
		form.complete();
		model.addAttribute("valueModelForm", ValueModelForm.of(this.valueModel.current()));
		if (!result.hasErrors()) {
			try {
				model.addAttribute("assessment", this.valueModel.assess(form.toScores()));
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
		}
		return page(model);
	}

	private String pageWithEmptyAssessment(Model model) {
		AssessmentForm assessment = new AssessmentForm();
		assessment.complete();
		model.addAttribute("assessmentForm", assessment);
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("groups", GROUPS);
		model.addAttribute("classes", PortfolioClass.values());
		model.addAttribute("history", this.valueModel.history(PageRequest.of(0, HISTORY_SIZE)).getContent());
		return "admin/value-model";
	}

	/** A group of criteria; a criterion's form line is its ordinal. */
	record GroupRows(ValueGroup group, List<ValueCriterion> criteria) {

	}

}

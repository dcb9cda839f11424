package com.kacrm.web.opportunity;

import java.util.List;

import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.assessment.FunnelStep;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.assessment.AssessmentRow;
import com.kacrm.persistence.assessment.AssessmentService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment tab of a deal (商机评估 "是否我的商机"): the latest result with its score, its
 * step on the three-step funnel and whether it passes (milestone 5's criterion), the ten
 * questions to answer again, and the earlier assessments. Everyone who may see the deal
 * assesses it; everyone else gets 404.
 */
@Controller
@RequestMapping("/opportunities/{id}/assessment")
class OpportunityAssessmentController {

	private final OpportunityService opportunities;

	private final AssessmentService assessments;

	OpportunityAssessmentController(OpportunityService opportunities, AssessmentService assessments) {
		this.opportunities = opportunities;
		this.assessments = assessments;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping
	String assess(@PathVariable long id, @ModelAttribute("opportunityAssessmentForm") OpportunityAssessmentForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			AssessmentRow assessed = this.assessments.assess(id, form.toAnswers(), user.viewer());
			FlashMessages.success(redirect, "opportunityAssessment.saved", assessed.score(), AssessmentRow.MAX_SCORE);
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		return "redirect:/opportunities/" + id + "/assessment";
	}

	private String page(long id, CurrentUser user, Model model) {
		model.addAttribute("deal", this.opportunities.show(id, user.viewer()));
		List<AssessmentRow> all = this.assessments.history(id, user.viewer());
		AssessmentRow latest = all.isEmpty() ? null : all.get(0);
		model.addAttribute("latest", latest);
		model.addAttribute("earlier", all.isEmpty() ? List.of() : all.subList(1, all.size()));
		model.addAttribute("questions", AssessmentQuestion.values());
		model.addAttribute("answerChoices", Answer.values());
		model.addAttribute("funnelSteps", FunnelStep.values());
		model.addAttribute("maxScore", AssessmentRow.MAX_SCORE);
		if (!model.containsAttribute("opportunityAssessmentForm")) {
			model.addAttribute("opportunityAssessmentForm", OpportunityAssessmentForm.from(latest));
		}
		return "opportunities/assessment";
	}

}

package com.kacrm.web.api;

import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.playbook.ChecklistItemRow;
import com.kacrm.persistence.playbook.MilestoneRow;
import com.kacrm.persistence.playbook.PlaybookService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The milestone playbook for clients: the eight milestones in order with their guidance,
 * default probability and active checklist, texts in the caller's language
 * ({@code Accept-Language} or {@code ?lang}, Chinese by default). Read-only: admins
 * maintain the playbook on its screens.
 */
@RestController
@RequestMapping("/api/v1/reference")
class PlaybookApiController {

	private final PlaybookService playbook;

	PlaybookApiController(PlaybookService playbook) {
		this.playbook = playbook;
	}

	@GetMapping("/milestones")
	List<MilestoneResource> milestones(Locale locale) {
		return this.playbook.milestones().stream().map((row) -> MilestoneResource.of(row, locale)).toList();
	}

	record MilestoneResource(String code, int position, String name, String nameZh, String nameEn, String definition,
			String workStandard, List<ChecklistItemResource> checklist, int defaultProbability) {

		static MilestoneResource of(MilestoneRow row, Locale locale) {
			return new MilestoneResource(row.milestone().name(), row.position(), row.name().in(locale), row.name().zh(),
					row.name().en(), row.definition(locale), row.workStandard(locale),
					row.activeItems().stream().map((item) -> ChecklistItemResource.of(item, locale)).toList(),
					row.defaultProbability());
		}

	}

	record ChecklistItemResource(Long id, String text, boolean mandatory, String satisfaction, String automaticRule) {

		static ChecklistItemResource of(ChecklistItemRow item, Locale locale) {
			return new ChecklistItemResource(item.id(), item.text(locale), item.mandatory(), item.satisfaction().name(),
					(item.automaticRule() != null) ? item.automaticRule().name() : null);
		}

	}

}

package com.kacrm.web.api;

import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.reference.IndustryRow;
import com.kacrm.persistence.reference.LeadSourceRow;
import com.kacrm.persistence.reference.ReferenceDataService;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference data every client needs to fill its pick lists: industries with their
 * strategy class and strategy text, and lead sources. {@code name} and {@code strategy}
 * are in the caller's language: {@code ?lang=en} or an English {@code Accept-Language}
 * gives English, Chinese otherwise; {@code nameZh} and {@code nameEn} are always both
 * there.
 */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceDataApiController {

	private final ReferenceDataService referenceData;

	ReferenceDataApiController(ReferenceDataService referenceData) {
		this.referenceData = referenceData;
	}

	/**
	 * A page of industries; sort by {@code code}, {@code name}, {@code strategyClass} or
	 * {@code sortOrder}.
	 */
	@GetMapping("/industries")
	PagedModel<IndustryResource> industries(@ParameterObject @PageableDefault(size = 20) Pageable pageable,
			Locale locale) {
		return new PagedModel<>(this.referenceData.industries(pageable).map((row) -> IndustryResource.of(row, locale)));
	}

	/** Every lead source, each channel before its sources, in the admin's order. */
	@GetMapping("/lead-sources")
	List<LeadSourceResource> leadSources(Locale locale) {
		return this.referenceData.leadSources().stream().map((row) -> LeadSourceResource.of(row, locale)).toList();
	}

	record IndustryResource(Long id, String code, String name, String nameZh, String nameEn, String strategyClass,
			String strategy, int sortOrder, boolean active) {

		static IndustryResource of(IndustryRow row, Locale locale) {
			return new IndustryResource(row.id(), row.code(), row.name().in(locale), row.name().zh(), row.name().en(),
					row.strategyClass().name(), row.strategy().in(locale), row.sortOrder(), row.active());
		}

	}

	record LeadSourceResource(Long id, String code, String name, String nameZh, String nameEn, String parentCode,
			boolean active) {

		static LeadSourceResource of(LeadSourceRow row, Locale locale) {
			return new LeadSourceResource(row.id(), row.code(), row.name().in(locale), row.name().zh(), row.name().en(),
					row.parentCode(), row.active());
		}

	}

}

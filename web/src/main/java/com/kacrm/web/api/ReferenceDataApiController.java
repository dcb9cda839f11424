package com.kacrm.web.api;

import java.util.List;

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
 * Reference data every client needs to fill its pick lists: industries and lead sources.
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
	PagedModel<IndustryResource> industries(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return new PagedModel<>(this.referenceData.industries(pageable).map(IndustryResource::of));
	}

	@GetMapping("/lead-sources")
	List<LeadSourceResource> leadSources() {
		return this.referenceData.leadSources().stream().map(LeadSourceResource::of).toList();
	}

	record IndustryResource(Long id, String code, String nameZh, String nameEn, String strategyClass, boolean active) {

		static IndustryResource of(IndustryRow row) {
			return new IndustryResource(row.id(), row.code(), row.name().zh(), row.name().en(),
					row.strategyClass().name(), row.active());
		}

	}

	record LeadSourceResource(Long id, String code, String nameZh, String nameEn, String parentCode, boolean active) {

		static LeadSourceResource of(LeadSourceRow row) {
			return new LeadSourceResource(row.id(), row.code(), row.name().zh(), row.name().en(), row.parentCode(),
					row.active());
		}

	}

}

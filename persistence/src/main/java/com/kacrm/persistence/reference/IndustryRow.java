package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.reference.StrategyText;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One industry as list screens, edit forms and the API show it; {@code strategy} is the
 * text reps see.
 */
public record IndustryRow(Long id, long version, String code, LocalizedName name, StrategyClass strategyClass,
		StrategyText strategy, int sortOrder, boolean active) {

	static IndustryRow of(Industry industry) {
		return new IndustryRow(industry.getId(), industry.getVersion(), industry.getCode(), industry.getName(),
				industry.getStrategyClass(), industry.getStrategy(), industry.getSortOrder(), industry.isActive());
	}

}

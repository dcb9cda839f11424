package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.shared.LocalizedName;

/** One industry as list screens and the API show it. */
public record IndustryRow(Long id, String code, LocalizedName name, StrategyClass strategyClass, boolean active) {

	static IndustryRow of(Industry industry) {
		return new IndustryRow(industry.getId(), industry.getCode(), industry.getName(), industry.getStrategyClass(),
				industry.isActive());
	}

}

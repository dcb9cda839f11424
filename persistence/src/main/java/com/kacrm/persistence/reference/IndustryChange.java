package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.StrategyClass;

/**
 * What an admin typed for an industry. A blank Chinese strategy text means "the manual's
 * text of the class".
 */
public record IndustryChange(String nameZh, String nameEn, StrategyClass strategyClass, String strategyZh,
		String strategyEn, int sortOrder) {

}

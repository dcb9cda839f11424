package com.kacrm.domain.competitor;

import java.util.List;

import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;

/**
 * What users know about a competitor (竞争对手): name, products, strengths, weaknesses and
 * their local organisation (在当地的组织和人员).
 */
public record CompetitorDetails(String name, String products, String strengths, String weaknesses,
		String localOrganisation) {

	public static final int MAX_NAME = 200;

	public static final int MAX_PRODUCTS = 1000;

	public static final int MAX_TEXT = 2000;

	public static final int MAX_ORGANISATION = 1000;

	public List<Violation> violations() {
		return new Violations().requiredText("name", this.name, MAX_NAME)
			.optionalText("products", this.products, MAX_PRODUCTS)
			.optionalText("strengths", this.strengths, MAX_TEXT)
			.optionalText("weaknesses", this.weaknesses, MAX_TEXT)
			.optionalText("localOrganisation", this.localOrganisation, MAX_ORGANISATION)
			.list();
	}

}

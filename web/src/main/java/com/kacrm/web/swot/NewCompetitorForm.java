package com.kacrm.web.swot;

import com.kacrm.domain.competitor.CompetitorDetails;

/**
 * A competitor not yet on record, created and noted at the account in one step: name,
 * products and its position there. Strengths and weaknesses are added on its page.
 */
public class NewCompetitorForm {

	private String name;

	private String products;

	private String position;

	CompetitorDetails details() {
		return new CompetitorDetails(this.name, this.products, null, null, null);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProducts() {
		return this.products;
	}

	public void setProducts(String products) {
		this.products = products;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}

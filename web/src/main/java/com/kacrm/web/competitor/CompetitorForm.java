package com.kacrm.web.competitor;

import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.persistence.competitor.CompetitorRow;

/**
 * What users know about a competitor (竞争对手分析): name, products, strengths, weaknesses,
 * local organisation; with the version an edit is based on.
 */
public class CompetitorForm {

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	private String name;

	private String products;

	private String strengths;

	private String weaknesses;

	private String localOrganisation;

	static CompetitorForm of(CompetitorRow row) {
		CompetitorForm form = new CompetitorForm();
		form.fill(row);
		return form;
	}

	/** The stored values, after a conflicting save (the version moves on with them). */
	void fill(CompetitorRow row) {
		this.version = row.version();
		this.name = row.name();
		this.products = row.products();
		this.strengths = row.strengths();
		this.weaknesses = row.weaknesses();
		this.localOrganisation = row.localOrganisation();
	}

	CompetitorDetails details() {
		return new CompetitorDetails(this.name, this.products, this.strengths, this.weaknesses, this.localOrganisation);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
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

	public String getStrengths() {
		return this.strengths;
	}

	public void setStrengths(String strengths) {
		this.strengths = strengths;
	}

	public String getWeaknesses() {
		return this.weaknesses;
	}

	public void setWeaknesses(String weaknesses) {
		this.weaknesses = weaknesses;
	}

	public String getLocalOrganisation() {
		return this.localOrganisation;
	}

	public void setLocalOrganisation(String localOrganisation) {
		this.localOrganisation = localOrganisation;
	}

}

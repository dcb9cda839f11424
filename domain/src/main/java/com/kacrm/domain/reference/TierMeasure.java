package com.kacrm.domain.reference;

/**
 * What tier criteria measure: the industry rank, annual revenue and annual purchase (万元).
 */
public enum TierMeasure {

	INDUSTRY_RANK("行业排名"), ANNUAL_REVENUE("年营业额"), ANNUAL_PURCHASE("年采购额");

	private final String chineseName;

	TierMeasure(String chineseName) {
		this.chineseName = chineseName;
	}

	/** The manual's term, used where a reason is stored as text in a record's history. */
	public String chineseName() {
		return this.chineseName;
	}

}

package com.kacrm.web.lead;

/**
 * The columns of the lead sheet JTF001 in the form's order (编号, 客户名称, 所属区域, 所属行业, 年营业额,
 * 客户分类, 客户线索来源, 登记时间), then the two the product adds for a faithful round trip (联系提示,
 * 备注). Headers come from the bundles ({@code leadSheet.column.<name>}); an imported sheet
 * may use the Chinese or the English header.
 */
public enum LeadSheetColumn {

	NUMBER("number", true), CUSTOMER_NAME("customerName", true), REGION("region", true), INDUSTRY("industry", true),
	ANNUAL_REVENUE("annualRevenue", true), CUSTOMER_CLASS("customerClass", true), SOURCE("source", true),
	REGISTERED_AT("registeredAt", true), CONTACT_HINT("contactHint", false), NOTES("notes", false);

	private final String key;

	private final boolean onForm;

	LeadSheetColumn(String key, boolean onForm) {
		this.key = key;
		this.onForm = onForm;
	}

	/** The bundle key of the header. */
	public String messageKey() {
		return "leadSheet.column." + this.key;
	}

	/** The sort key of the sheet screen for this column. */
	public String sortKey() {
		return this.key;
	}

	/** Whether the column is one of the manual's form (JTF001). */
	public boolean isOnForm() {
		return this.onForm;
	}

}

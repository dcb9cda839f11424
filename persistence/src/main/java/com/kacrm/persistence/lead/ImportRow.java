package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import com.kacrm.domain.shared.Violation;

/**
 * One line of an imported lead sheet as the spreadsheet had it: references (region,
 * industry, source) as written, by code or by name; numbers and dates already read from
 * their cells. Fields are named after the sheet's columns ({@link #NUMBER} …).
 *
 * @param rowNumber the line in the spreadsheet, from 1, as the user sees it
 * @param annualRevenue in 万元
 * @param registeredAt 登记时间 in the company's time zone; null for now
 * @param problems cells that could not be read (a date or amount that is none), with the
 * column as the field
 */
public record ImportRow(int rowNumber, String number, String customerName, String region, String industry,
		BigDecimal annualRevenue, String customerClass, String source, LocalDateTime registeredAt, String contactHint,
		String notes, List<Violation> problems) {

	public static final String NUMBER = "number";

	public static final String CUSTOMER_NAME = "customerName";

	public static final String REGION = "region";

	public static final String INDUSTRY = "industry";

	public static final String ANNUAL_REVENUE = "annualRevenue";

	public static final String CUSTOMER_CLASS = "customerClass";

	public static final String SOURCE = "source";

	public static final String REGISTERED_AT = "registeredAt";

	public static final String CONTACT_HINT = "contactHint";

	public static final String NOTES = "notes";

	public ImportRow {
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

}

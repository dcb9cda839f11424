package com.kacrm.web.lead;

import java.util.List;
import java.util.Locale;

import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.lead.ImportReport;
import com.kacrm.persistence.lead.ImportRowResult;

import org.springframework.context.MessageSource;

/**
 * One row of an import's report as a screen or the API shows it: the messages translated,
 * each led by its column's header.
 */
public record ImportReportLine(int row, String customerName, ImportRowResult.Status status, List<String> messages,
		Long leadId, String number) {

	static List<ImportReportLine> of(ImportReport report, MessageSource messages, Locale locale) {
		return report.rows()
			.stream()
			.map((row) -> new ImportReportLine(row.rowNumber(), row.customerName(), row.status(),
					row.problems().stream().map((problem) -> message(problem, messages, locale)).toList(), row.leadId(),
					row.number()))
			.toList();
	}

	static String message(Violation violation, MessageSource messages, Locale locale) {
		String text = messages.getMessage(violation.messageKey(), violation.arguments().toArray(),
				violation.messageKey(), locale);
		if (violation.field() == null) {
			return text;
		}
		String column = messages.getMessage("leadSheet.column." + violation.field(), null, violation.field(), locale);
		return messages.getMessage("leadImport.problem", new Object[] { column, text }, locale);
	}

}

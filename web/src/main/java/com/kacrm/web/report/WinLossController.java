package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.persistence.report.ReportChoicesService;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.report.WinLossReasonRow;
import com.kacrm.persistence.report.WinLossReport;
import com.kacrm.persistence.report.WinLossResult;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The win/loss report (issue 9): deals won and lost in the period by loss reason,
 * industry, tier and competitor, on screen with a chart and as .xlsx with the same
 * filters. Everyone signed in may look; the scope decides whose deals they count.
 */
@Controller
class WinLossController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final WinLossReport report;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	private final JsonMapper json;

	WinLossController(WinLossReport report, ReportChoicesService choices, BusinessCalendar calendar,
			MessageSource messages, JsonMapper json) {
		this.report = report;
		this.choices = choices;
		this.calendar = calendar;
		this.messages = messages;
		this.json = json;
	}

	/** The filter of the URL; the period defaults to the last 12 months up to today. */
	static ReportFilter filterOf(ReportFilterForm form, BusinessCalendar calendar) {
		return form.toFilter(calendar.today().minusMonths(12).plusDays(1), calendar.today());
	}

	@GetMapping("/reports/win-loss")
	String show(@ModelAttribute("filterForm") ReportFilterForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		ReportFilter filter = filterOf(form, this.calendar);
		WinLossResult result = this.report.compute(filter, user.viewer());
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.choices.choices(user.viewer()));
		model.addAttribute("result", result);
		model.addAttribute("query", ReportFilterForm.query(filter));
		model.addAttribute("chart", chartJson(result, locale));
		return "reports/win-loss";
	}

	@GetMapping("/reports/win-loss/export.xlsx")
	void export(@ModelAttribute("filterForm") ReportFilterForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		ReportFilter filter = filterOf(form, this.calendar);
		WinLossResult result = this.report.compute(filter, user.viewer());
		String fileName = this.messages.getMessage("winLoss.fileName",
				new Object[] { String.valueOf(filter.from()), String.valueOf(filter.to()) }, locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (OutputStream out = response.getOutputStream()) {
			new WinLossSheetWriter(this.messages, locale).write(result, out);
		}
	}

	/**
	 * The chart's data: the loss reasons' labels in the reader's language, the lost deals
	 * and lost amounts per reason, and the series' names.
	 */
	private String chartJson(WinLossResult result, Locale locale) {
		List<WinLossReasonRow> reasons = result.byReason();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels",
				reasons.stream().map((r) -> message("opportunity.lossReason." + r.reason().name(), locale)).toList());
		chart.put("lost", reasons.stream().map(WinLossReasonRow::lost).toList());
		chart.put("lostAmount", reasons.stream().map(WinLossReasonRow::lostAmount).toList());
		chart.put("lostName", message("winLoss.column.lost", locale));
		chart.put("lostAmountName", message("winLoss.column.lostAmount", locale));
		return this.json.writeValueAsString(chart);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

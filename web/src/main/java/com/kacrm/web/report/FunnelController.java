package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.persistence.report.FunnelReport;
import com.kacrm.persistence.report.FunnelResult;
import com.kacrm.persistence.report.FunnelStage;
import com.kacrm.persistence.report.ReportChoicesService;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.report.StalledDeals;
import com.kacrm.persistence.report.StalledDealsReport;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pipeline funnel screen (SPEC 8): the eight milestones with counts, amounts,
 * conversion and days, a funnel chart beside them, and the stalled deals below; all
 * roles, each within their scope. The same query string exports it as .xlsx.
 */
@Controller
class FunnelController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final FunnelReport funnel;

	private final StalledDealsReport stalled;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	private final JsonMapper json;

	private final int stalledAfterDays;

	FunnelController(FunnelReport funnel, StalledDealsReport stalled, ReportChoicesService choices,
			BusinessCalendar calendar, MessageSource messages, JsonMapper json,
			@Value("${crm.reports.stalled-after-days:30}") int stalledAfterDays) {
		this.funnel = funnel;
		this.stalled = stalled;
		this.choices = choices;
		this.calendar = calendar;
		this.messages = messages;
		this.json = json;
		this.stalledAfterDays = stalledAfterDays;
	}

	@GetMapping("/funnel")
	String funnel(@ModelAttribute("filterForm") ReportFilterForm form,
			@RequestParam(name = "stalledDays", required = false) Integer stalledDays,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		ReportFilter filter = FunnelDefaults.filter(form, this.calendar.today());
		int days = FunnelDefaults.stalledDays(stalledDays, this.stalledAfterDays);
		FunnelResult result = this.funnel.funnel(user.viewer(), filter);
		StalledDeals stalledDeals = this.stalled.stalled(user.viewer(), filter, days);
		String query = ReportFilterForm.query(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("choices", this.choices.choices(user.viewer()));
		model.addAttribute("funnel", result);
		model.addAttribute("stalled", stalledDeals);
		model.addAttribute("stalledDays", days);
		model.addAttribute("exportQuery", query.isEmpty() ? "stalledDays=" + days : query + "&stalledDays=" + days);
		model.addAttribute("chartJson", chartJson(result, locale));
		return "reports/funnel";
	}

	@GetMapping("/funnel/export.xlsx")
	void export(@ModelAttribute("filterForm") ReportFilterForm form,
			@RequestParam(name = "stalledDays", required = false) Integer stalledDays,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		ReportFilter filter = FunnelDefaults.filter(form, this.calendar.today());
		int days = FunnelDefaults.stalledDays(stalledDays, this.stalledAfterDays);
		FunnelResult result = this.funnel.funnel(user.viewer(), filter);
		StalledDeals stalledDeals = this.stalled.stalled(user.viewer(), filter, days);
		String fileName = this.messages.getMessage("funnel.fileName",
				new Object[] { String.valueOf(filter.from()), String.valueOf(filter.to()) }, locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (OutputStream out = response.getOutputStream()) {
			new FunnelWriter(this.messages, locale).write(filter, result, stalledDeals, out);
		}
	}

	/** The chart's data: per milestone its translated name and count. */
	private String chartJson(FunnelResult result, Locale locale) {
		List<Map<String, Object>> data = new ArrayList<>();
		for (FunnelStage stage : result.stages()) {
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("name", this.messages.getMessage("milestone." + stage.milestone().position(), null, locale));
			point.put("value", stage.count());
			point.put("amount", stage.amount());
			data.add(point);
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("title", this.messages.getMessage("funnel.chart.title", null, locale));
		chart.put("countLabel", this.messages.getMessage("funnel.column.count", null, locale));
		chart.put("amountLabel", this.messages.getMessage("funnel.column.amount", null, locale));
		chart.put("data", data);
		return this.json.writeValueAsString(chart);
	}

}

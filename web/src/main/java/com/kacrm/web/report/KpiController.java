package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.persistence.report.KpiRep;
import com.kacrm.persistence.report.KpiReport;
import com.kacrm.persistence.report.KpiResult;
import com.kacrm.persistence.report.ReportChoicesService;
import com.kacrm.persistence.report.ReportFilter;
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
 * The manager KPIs (seed 001) per rep and team for a period: the screen with its bar
 * chart of revenue per rep, and the same rows as .xlsx. Every signed-in user may open it;
 * the report's scope decides whose lines they see (a rep only their own).
 */
@Controller
class KpiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final KpiReport kpis;

	private final ReportChoicesService choices;

	private final MessageSource messages;

	private final JsonMapper json;

	KpiController(KpiReport kpis, ReportChoicesService choices, MessageSource messages, JsonMapper json) {
		this.kpis = kpis;
		this.choices = choices;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/reports/kpis")
	String show(@ModelAttribute("filterForm") ReportFilterForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		ReportFilter filter = filterOf(form, this.kpis);
		KpiResult result = this.kpis.report(filter, user.viewer());
		model.addAttribute("choices", this.choices.choices(user.viewer()));
		model.addAttribute("filter", filter);
		model.addAttribute("result", result);
		model.addAttribute("query", ReportFilterForm.query(filter));
		model.addAttribute("chart", this.json.writeValueAsString(chart(result, locale)));
		return "reports/kpis";
	}

	@GetMapping("/reports/kpis/export.xlsx")
	void export(@ModelAttribute("filterForm") ReportFilterForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		KpiResult result = this.kpis.report(filterOf(form, this.kpis), user.viewer());
		String fileName = this.messages.getMessage("kpi.fileName",
				new Object[] { result.from().toString(), result.to().toString() }, locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (OutputStream out = response.getOutputStream()) {
			new KpiSheetWriter(this.messages, locale).write(result, out);
		}
	}

	/**
	 * The KPI filter of the URL: team, rep and period (this quarter by default); the
	 * industry and tier of the other reports do not apply to people's KPIs.
	 */
	static ReportFilter filterOf(ReportFilterForm form, KpiReport kpis) {
		ReportFilter filter = form.toFilter(kpis.defaultFrom(), kpis.defaultTo());
		return new ReportFilter(filter.teamId(), filter.ownerId(), null, null, filter.from(), filter.to());
	}

	/**
	 * The chart's data: revenue and payments per rep, with the labels in the reader's
	 * language.
	 */
	private Map<String, Object> chart(KpiResult result, Locale locale) {
		List<KpiRep> reps = result.reps();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("names", reps.stream().map(KpiRep::name).toList());
		chart.put("revenue", reps.stream().map((r) -> r.figures().revenue()).toList());
		chart.put("payments", reps.stream().map((r) -> r.figures().paymentsReceived()).toList());
		chart.put("revenueLabel", this.messages.getMessage("kpi.column.revenue", null, locale));
		chart.put("paymentsLabel", this.messages.getMessage("kpi.column.payments", null, locale));
		chart.put("unit", this.messages.getMessage("kpi.unit.tenThousandYuan", null, locale));
		return chart;
	}

}

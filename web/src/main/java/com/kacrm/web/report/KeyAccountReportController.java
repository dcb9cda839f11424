package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.persistence.report.KeyAccountFigures;
import com.kacrm.persistence.report.KeyAccountReport;
import com.kacrm.persistence.report.ReportChoicesService;
import com.kacrm.persistence.report.ReportFilter;
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
 * The key-account analysis (seed 004's 大客户销售数据分析报告) for every role within their report
 * scope: key accounts per region, sales per year with share, average, payments, profit
 * and growth, and the top-N by sales and by profit, as tables and charts; the same
 * figures as .xlsx.
 */
@Controller
class KeyAccountReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final KeyAccountReport report;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	private final JsonMapper json;

	KeyAccountReportController(KeyAccountReport report, ReportChoicesService choices, BusinessCalendar calendar,
			MessageSource messages, JsonMapper json) {
		this.report = report;
		this.choices = choices;
		this.calendar = calendar;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/reports/key-accounts")
	String show(@ModelAttribute("params") KeyAccountReportParams params, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		ReportFilter filter = params.toFilter(this.calendar.today());
		KeyAccountFigures figures = this.report.compute(this.choices.scopeOf(user.viewer()), filter, params.rows());
		model.addAttribute("filter", filter);
		model.addAttribute("top", params.rows());
		model.addAttribute("choices", this.choices.choices(user.viewer()));
		model.addAttribute("figures", figures);
		model.addAttribute("query", KeyAccountReportParams.query(filter, params.rows()));
		model.addAttribute("regionsChart", this.json.writeValueAsString(regionsChart(figures, locale)));
		model.addAttribute("yearsChart", this.json.writeValueAsString(yearsChart(figures, locale)));
		model.addAttribute("shareChart", this.json.writeValueAsString(shareChart(figures, locale)));
		return "reports/key-accounts";
	}

	@GetMapping("/reports/key-accounts/export.xlsx")
	void export(@ModelAttribute KeyAccountReportParams params, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		ReportFilter filter = params.toFilter(this.calendar.today());
		KeyAccountFigures figures = this.report.compute(this.choices.scopeOf(user.viewer()), filter, params.rows());
		String fileName = message("keyAccountReport.export.fileName", locale, filter.from().toString(),
				filter.to().toString());
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		try (OutputStream out = response.getOutputStream()) {
			new KeyAccountReportWriter(this.messages, locale).write(figures, filter, out);
		}
	}

	/** Bars: key accounts and those who bought, per region. */
	private Map<String, Object> regionsChart(KeyAccountFigures figures, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Long> all = new ArrayList<>();
		List<Long> buying = new ArrayList<>();
		for (KeyAccountFigures.Region region : figures.regions()) {
			names.add(region.name().in(locale));
			all.add(region.keyAccounts());
			buying.add(region.buyingKeyAccounts());
		}
		Map<String, Object> chart = chart("bar", "keyAccountReport.chart.regions", locale);
		chart.put("categories", names);
		chart.put("unit", message("keyAccountReport.unit.accounts", locale));
		chart.put("series", List.of(series("keyAccountReport.region.keyAccounts", all, locale),
				series("keyAccountReport.region.buying", buying, locale)));
		return chart;
	}

	/** Bars of key-account sales per year with the growth rate as a line. */
	private Map<String, Object> yearsChart(KeyAccountFigures figures, Locale locale) {
		List<String> years = new ArrayList<>();
		List<BigDecimal> sales = new ArrayList<>();
		List<BigDecimal> growth = new ArrayList<>();
		for (KeyAccountFigures.Year year : figures.years()) {
			years.add(String.valueOf(year.year()));
			sales.add(year.keyAccountSales());
			growth.add(year.growthRate());
		}
		Map<String, Object> chart = chart("barLine", "keyAccountReport.chart.years", locale);
		chart.put("categories", years);
		chart.put("unit", message("keyAccountReport.unit.amount", locale));
		chart.put("lineUnit", "%");
		chart.put("series", List.of(series("keyAccountReport.year.keyAccountSales", sales, locale)));
		chart.put("line", series("keyAccountReport.year.growthRate", growth, locale));
		return chart;
	}

	/** Pie of key-account against other sales over the whole period. */
	private Map<String, Object> shareChart(KeyAccountFigures figures, Locale locale) {
		BigDecimal key = BigDecimal.ZERO;
		BigDecimal other = BigDecimal.ZERO;
		for (KeyAccountFigures.Year year : figures.years()) {
			key = key.add(year.keyAccountSales());
			other = other.add(year.otherSales());
		}
		Map<String, Object> chart = chart("pie", "keyAccountReport.chart.share", locale);
		chart.put("items", List.of(Map.of("name", message("keyAccountReport.share.keyAccounts", locale), "value", key),
				Map.of("name", message("keyAccountReport.share.others", locale), "value", other)));
		return chart;
	}

	private Map<String, Object> chart(String type, String titleKey, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("title", message(titleKey, locale));
		chart.put("empty", message("keyAccountReport.chart.empty", locale));
		return chart;
	}

	private Map<String, Object> series(String nameKey, List<?> data, Locale locale) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", message(nameKey, locale));
		series.put("data", data);
		return series;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

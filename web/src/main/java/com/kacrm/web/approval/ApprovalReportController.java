package com.kacrm.web.approval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.approval.ApprovalReport;
import com.kacrm.persistence.approval.ApprovalReportService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import com.kacrm.web.shared.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The periodic report of approved 立项 projects for 市场策划部 (SPEC 6): on screen with its
 * totals, and as .xlsx with the same filters. Admins see every team, managers their
 * teams; reps get 403 (the service decides).
 */
@Controller
class ApprovalReportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ApprovalReportService reports;

	private final MessageSource messages;

	private final DisplayTime time;

	private final BusinessCalendar calendar;

	ApprovalReportController(ApprovalReportService reports, MessageSource messages, DisplayTime time,
			BusinessCalendar calendar) {
		this.reports = reports;
		this.messages = messages;
		this.time = time;
		this.calendar = calendar;
	}

	@GetMapping("/approvals/report")
	String show(@ModelAttribute("params") ApprovalReportParams params, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		params.defaultTo(this.calendar.today());
		ApprovalReport report;
		try {
			report = this.reports.approved(params.getFrom(), params.getTo(), params.getTeam(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			report = new ApprovalReport(params.getFrom(), params.getTo(), params.getTeam(), List.of(),
					this.reports.teams(user.viewer()));
		}
		model.addAttribute("report", report);
		return "approvals/report";
	}

	@GetMapping("/approvals/report.xlsx")
	void export(@ModelAttribute("params") ApprovalReportParams params, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
		if (result.hasErrors()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		params.defaultTo(this.calendar.today());
		ApprovalReport report;
		try {
			report = this.reports.approved(params.getFrom(), params.getTo(), params.getTeam(), user.viewer());
		}
		catch (ChangeRejected ex) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		String fileName = this.messages.getMessage("approvalReport.fileName", new Object[] { params.periodName() },
				locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (OutputStream out = response.getOutputStream()) {
			new ApprovalReportWriter(this.messages, locale, this.time.zone()).write(report, out);
		}
	}

}

package com.kacrm.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.lead.DistributionOutcome;
import com.kacrm.persistence.lead.DistributionRow;
import com.kacrm.persistence.lead.DistributionView;
import com.kacrm.persistence.lead.LeadDistributionService;
import com.kacrm.persistence.lead.LeadRow;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead sheet's distribution to the regions' managers (定期转发): what was sent when,
 * "send now" for the regions the user may send, and each sheet as it was sent, on screen
 * and as the JTF001 .xlsx.
 */
@Controller
class LeadDistributionController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int PAGE_SIZE = 30;

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private final LeadDistributionService distribution;

	private final HistoryService history;

	private final MessageSource messages;

	private final DisplayTime displayTime;

	LeadDistributionController(LeadDistributionService distribution, HistoryService history, MessageSource messages,
			DisplayTime displayTime) {
		this.distribution = distribution;
		this.history = history;
		this.messages = messages;
		this.displayTime = displayTime;
	}

	@GetMapping("/leads/distributions")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
		Page<DistributionRow> rows = this.distribution.distributions(user.viewer(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("page", rows);
		model.addAttribute("regions", this.distribution.distributableRegions(user.viewer()));
		return "leads/distributions";
	}

	@PostMapping("/leads/distributions")
	String send(@RequestParam String regionCode, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirectAttributes) {
		DistributionOutcome outcome = this.distribution.distribute(regionCode, user.viewer());
		if (!outcome.sent()) {
			redirectAttributes.addFlashAttribute("flashError", "distribution.busy");
			return "redirect:/leads/distributions";
		}
		redirectAttributes.addFlashAttribute("flashSuccess", "distribution.sent");
		return "redirect:/leads/distributions/" + outcome.distributionId();
	}

	@GetMapping("/leads/distributions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		DistributionView sheet = this.distribution.distribution(id, user.viewer());
		model.addAttribute("sheet", sheet.distribution());
		model.addAttribute("leads", sheet.leads());
		model.addAttribute("history",
				this.history.latestOf(new HistorySubject(LeadDistributionService.SUBJECT_TYPE, id)));
		return "leads/distribution";
	}

	@GetMapping("/leads/distributions/{id}.xlsx")
	void download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		DistributionView sheet = this.distribution.distribution(id, user.viewer());
		DistributionRow sent = sheet.distribution();
		String title = this.messages.getMessage("distribution.sheetTitle", new Object[] { sent.region().in(locale) },
				locale);
		String filename = "JTF001-" + sent.regionCode() + "-"
				+ FILE_TIME.format(sent.sentAt().atZone(this.displayTime.zone())) + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		OutputStream out = response.getOutputStream();
		try (LeadSheetWriter writer = new LeadSheetWriter(out, title, this.messages, locale, this.displayTime.zone(),
				true)) {
			for (LeadRow lead : sheet.leads()) {
				writer.add(lead);
			}
			if (sheet.leads().isEmpty()) {
				writer.addNote(this.messages.getMessage("distribution.noNewLeads", null, locale));
			}
		}
		out.flush();
	}

}

package com.kacrm.web.lead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

import com.kacrm.web.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * Importing a lead sheet from Excel: the upload form, and the page of a running import
 * with its progress (polled by htmx, refreshed without JavaScript) and, once done, the
 * row-by-row report. An import runs in the background ({@link ImportJobs}); only the user
 * who started it sees it.
 */
@Controller
class LeadImportController {

	private final ImportJobs jobs;

	private final LeadSheetReader reader;

	private final MessageSource messages;

	LeadImportController(ImportJobs jobs, LeadSheetReader reader, MessageSource messages) {
		this.jobs = jobs;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping("/leads/import")
	String showForm(Model model) {
		model.addAttribute("leadImportForm", new LeadImportForm());
		return form(model);
	}

	@PostMapping("/leads/import")
	String upload(@ModelAttribute LeadImportForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) throws IOException {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "leadImport.error.noFile");
			return form(model);
		}
		if (form.getFile().getSize() > this.reader.limits().maxUploadSize().toBytes()) {
			result.rejectValue("file", "leadImport.unreadable.tooLarge",
					new Object[] { this.reader.limits().maxUploadSize().toMegabytes() }, null);
			return form(model);
		}
		Path file = Files.createTempFile("lead-import-", ".xlsx");
		try (InputStream in = form.getFile().getInputStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			this.reader.check(file);
		}
		catch (UnreadableSheetException ex) {
			Files.deleteIfExists(file);
			result.rejectValue("file", ex.messageKey(), ex.arguments(), null);
			return form(model);
		}
		ImportJob job = this.jobs.start(file, form.getFile().getOriginalFilename(), form.getMode(),
				this.messages.getMessage("leadImport.classReason", null, locale), user.viewer());
		return "redirect:/leads/import/" + job.getId();
	}

	@GetMapping("/leads/import/{jobId}")
	String show(@PathVariable UUID jobId, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Locale locale, Model model) {
		ImportJob job = this.jobs.find(jobId, user.viewer())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// Read once: the job finishes on another thread, and a page that saw it running
		// at the top and finished further down swapped the report into the polled
		// fragment with polling stopped, where the browser lost the table's rows.
		boolean finished = job.isFinished();
		model.addAttribute("job", job);
		model.addAttribute("finished", finished);
		if (htmx != null && finished) {
			// A whole page draws the report.
			response.setHeader("HX-Refresh", "true");
		}
		if (finished && job.getReport() != null) {
			model.addAttribute("report", job.getReport());
			model.addAttribute("lines", ImportReportLine.of(job.getReport(), this.messages, locale));
		}
		if (finished && job.getFailure() != null) {
			model.addAttribute("failure",
					this.messages.getMessage(job.getFailure().messageKey(), job.getFailure().arguments(), locale));
		}
		return (htmx != null) ? "leads/import-job :: progress" : "leads/import-job";
	}

	private String form(Model model) {
		model.addAttribute("limits", this.reader.limits());
		return "leads/import";
	}

}

package com.kacrm.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.lead.ImportMode;
import com.kacrm.persistence.lead.ImportReport;
import com.kacrm.persistence.lead.ImportRowResult;
import com.kacrm.web.lead.ImportJobs;
import com.kacrm.web.lead.LeadImportLimits;
import com.kacrm.web.lead.UnreadableSheetException;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a lead sheet (.xlsx, the JTF001 columns) and answers the row-by-row report, on
 * the request's thread. 200 when the rules let the import through (everything, or in
 * {@code VALID_ROWS_ONLY} the valid rows); 422 with the same report when
 * {@code ALL_OR_NOTHING} (the default) refused because some rows are invalid; 400 when
 * the file is no readable sheet.
 */
@RestController
class LeadImportApiController {

	private final ImportJobs jobs;

	private final LeadImportLimits limits;

	private final MessageSource messages;

	LeadImportApiController(ImportJobs jobs, LeadImportLimits limits, MessageSource messages) {
		this.jobs = jobs;
		this.limits = limits;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/leads/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importSheet(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			@AuthenticationPrincipal CurrentUser user, Locale locale) throws IOException {
		if (file.getSize() > this.limits.maxUploadSize().toBytes()) {
			return unreadable(new UnreadableSheetException("leadImport.unreadable.tooLarge",
					this.limits.maxUploadSize().toMegabytes()), locale);
		}
		Path copy = Files.createTempFile("lead-import-api-", ".xlsx");
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			ImportReport report = this.jobs.importNow(copy, mode,
					this.messages.getMessage("leadImport.classReason", null, locale), user.viewer());
			return ResponseEntity.status(report.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
				.body(ReportResource.of(report, this.messages, locale));
		}
		catch (UnreadableSheetException ex) {
			return unreadable(ex, locale);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private ResponseEntity<ProblemDetail> unreadable(UnreadableSheetException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		problem.setTitle("Unreadable sheet");
		problem.setProperty("code", ex.messageKey());
		return ResponseEntity.badRequest().body(problem);
	}

	/** The report: counts, then every row with its outcome. */
	record ReportResource(ImportMode mode, boolean refused, int total, long imported, long invalid,
			List<RowResource> rows) {

		static ReportResource of(ImportReport report, MessageSource messages, Locale locale) {
			return new ReportResource(report.mode(), report.refused(), report.total(), report.imported(),
					report.invalid(),
					report.rows().stream().map((row) -> RowResource.of(row, messages, locale)).toList());
		}

	}

	/** One row: its line in the sheet, outcome, the lead registered or the problems. */
	record RowResource(int row, String customerName, ImportRowResult.Status status, Long leadId, String number,
			List<ProblemResource> problems) {

		static RowResource of(ImportRowResult row, MessageSource messages, Locale locale) {
			return new RowResource(row.rowNumber(), row.customerName(), row.status(), row.leadId(), row.number(),
					row.problems()
						.stream()
						.map((problem) -> new ProblemResource(problem.field(), problem.messageKey(),
								messages.getMessage(problem.messageKey(), problem.arguments().toArray(),
										problem.messageKey(), locale)))
						.toList());
		}

	}

	/** A broken rule: the sheet's column (null for the row), a code and its message. */
	record ProblemResource(String column, String code, String message) {

	}

}

package com.kacrm.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.RegionRow;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The lead sheet JTF001 as an Excel file: the filtered sheet as the user may see it (the
 * service applies the user's scope), and the empty template of an import with its
 * instructions.
 */
@Controller
class LeadExcelController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final LeadSheetService sheet;

	private final OrganisationAdminService organisation;

	private final MessageSource messages;

	private final DisplayTime time;

	LeadExcelController(LeadSheetService sheet, OrganisationAdminService organisation, MessageSource messages,
			DisplayTime time) {
		this.sheet = sheet;
		this.organisation = organisation;
		this.messages = messages;
		this.time = time;
	}

	@GetMapping("/leads/export.xlsx")
	void export(@ModelAttribute LeadSheetParams query, Sort sort, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletResponse response) throws IOException {
		attachment(response, "leadSheet.export.fileName", locale);
		try (OutputStream out = response.getOutputStream();
				LeadSheetWriter writer = new LeadSheetWriter(out, title(query.getRegion(), locale), this.messages,
						locale, this.time.zone())) {
			long total = this.sheet.forEachRow(query.toFilter(), sort, user.viewer(), writer::add);
			if (total > LeadSheetService.MAX_EXPORT_ROWS) {
				writer.addNote(this.messages.getMessage("leadSheet.export.cut",
						new Object[] { LeadSheetService.MAX_EXPORT_ROWS, total }, locale));
			}
		}
		catch (UnsupportedSortException ex) {
			if (!response.isCommitted()) {
				response.reset();
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
		}
	}

	@GetMapping("/leads/import/template.xlsx")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		attachment(response, "leadImport.template.fileName", locale);
		try (OutputStream out = response.getOutputStream();
				LeadSheetWriter writer = new LeadSheetWriter(out, title(null, locale), this.messages, locale,
						this.time.zone())) {
			writer.addTextSheet(message("leadImport.template.sheet", locale), instructions(locale));
		}
	}

	private List<List<String>> instructions(Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(message("leadImport.template.column", locale),
				message("leadImport.template.required", locale), message("leadImport.template.accepted", locale)));
		for (LeadSheetColumn column : LeadSheetColumn.values()) {
			boolean required = column == LeadSheetColumn.CUSTOMER_NAME || column == LeadSheetColumn.REGION;
			lines.add(List.of(message(column.messageKey(), locale), message(required ? "form.yes" : "form.no", locale),
					message("leadImport.template.accepts." + column.sortKey(), locale)));
		}
		lines.add(List.of());
		lines.add(List.of(message("leadImport.template.note", locale)));
		return lines;
	}

	/** "深圳潜在客户线索汇总表(JTF001)" for one region, "潜在客户线索汇总表(JTF001)" for all. */
	private String title(String regionCode, Locale locale) {
		if (regionCode != null && !regionCode.isBlank()) {
			for (RegionRow region : this.organisation.regionsWithTeams()) {
				if (region.code().equals(regionCode.strip())) {
					return this.messages.getMessage("leadSheet.export.titleOfRegion",
							new Object[] { region.name().in(locale) }, locale);
				}
			}
		}
		return message("leadSheet.export.title", locale);
	}

	private void attachment(HttpServletResponse response, String fileNameKey, Locale locale) {
		String fileName = this.messages.getMessage(fileNameKey,
				new Object[] { FILE_DATE.format(LocalDate.now(this.time.zone())) }, locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}

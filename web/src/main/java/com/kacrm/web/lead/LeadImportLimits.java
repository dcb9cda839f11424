package com.kacrm.web.lead;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an imported lead sheet may be ({@code crm.leads.import.*}). The file is
 * checked before it is parsed: an .xlsx is a zip, and a small zip can unpack to gigabytes
 * (a zip bomb), so the real unpacked bytes are counted, never the sizes the zip declares.
 *
 * @param maxUploadSize the largest file accepted (keep
 * {@code spring.servlet.multipart.max-file-size} in step)
 * @param maxRows the most data rows in the sheet
 * @param maxUncompressedSize the most bytes all the zip's entries may unpack to
 * @param maxCompressionRatio the most an entry may unpack to per compressed byte
 * @param maxEntries the most entries the zip may have
 */
@ConfigurationProperties("crm.leads.import")
public record LeadImportLimits(@DefaultValue("10MB") DataSize maxUploadSize, @DefaultValue("50000") int maxRows,
		@DefaultValue("200MB") DataSize maxUncompressedSize, @DefaultValue("100") int maxCompressionRatio,
		@DefaultValue("1000") int maxEntries) {

	/** The defaults, for tests and tools. */
	public static LeadImportLimits defaults() {
		return new LeadImportLimits(DataSize.ofMegabytes(10), 50_000, DataSize.ofMegabytes(200), 100, 1000);
	}

}

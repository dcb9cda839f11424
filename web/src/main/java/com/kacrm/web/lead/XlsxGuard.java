package com.kacrm.web.lead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an uploaded file before any parser sees it: it must be a zip holding a workbook,
 * and unpacking it must stay within the {@link LeadImportLimits}. Every entry is really
 * inflated and its bytes counted — the sizes a zip declares can lie — and the walk stops
 * at the first byte past a limit, so a zip bomb costs little. The entries are walked by
 * the central directory ({@link ZipFile}), as the parser reads them:
 * {@link java.util.zip.ZipInputStream} refuses the streamed entries fastexcel writes
 * (local headers with zero sizes), i.e. the product's own exports.
 */
final class XlsxGuard {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/** Below this an entry's ratio is not judged: tiny XML parts compress very well. */
	private static final long RATIO_FROM_BYTES = 1024 * 1024;

	private final LeadImportLimits limits;

	XlsxGuard(LeadImportLimits limits) {
		this.limits = limits;
	}

	void check(Path file) throws UnreadableSheetException, IOException {
		if (Files.size(file) > this.limits.maxUploadSize().toBytes()) {
			throw new UnreadableSheetException("leadImport.unreadable.tooLarge",
					this.limits.maxUploadSize().toMegabytes());
		}
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(file)) {
			int read = in.readNBytes(head, 0, 4);
			if (read == 4 && java.util.Arrays.equals(head, OLE2)) {
				throw new UnreadableSheetException("leadImport.unreadable.xls");
			}
			if (read < 4 || !java.util.Arrays.equals(head, ZIP)) {
				throw new UnreadableSheetException("leadImport.unreadable.notXlsx");
			}
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			walk(zip);
		}
		catch (ZipException | java.io.EOFException ex) {
			throw new UnreadableSheetException(ex, "leadImport.unreadable.notXlsx");
		}
	}

	private void walk(ZipFile zip) throws IOException, UnreadableSheetException {
		if (zip.size() > this.limits.maxEntries()) {
			throw new UnreadableSheetException("leadImport.unreadable.tooManyEntries", this.limits.maxEntries());
		}
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		boolean workbook = false;
		boolean worksheet = false;
		for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
			workbook |= "xl/workbook.xml".equals(entry.getName());
			worksheet |= entry.getName().startsWith("xl/worksheets/");
			// The compressed size bounds what is read of the file, so it cannot be made
			// larger than the file; the inflated bytes are counted as they come.
			long compressed = Math.max(1, entry.getCompressedSize());
			long inflated = 0;
			try (InputStream in = zip.getInputStream(entry)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					inflated += n;
					total += n;
					if (total > this.limits.maxUncompressedSize().toBytes()) {
						throw new UnreadableSheetException("leadImport.unreadable.tooLargeUnpacked",
								this.limits.maxUncompressedSize().toMegabytes());
					}
					if (inflated > RATIO_FROM_BYTES && inflated / compressed > this.limits.maxCompressionRatio()) {
						throw new UnreadableSheetException("leadImport.unreadable.compressionRatio");
					}
				}
			}
		}
		if (zip.size() == 0 || !workbook || !worksheet) {
			throw new UnreadableSheetException("leadImport.unreadable.noWorkbook");
		}
	}

}

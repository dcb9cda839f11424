package com.kacrm.web.lead;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks an uploaded file before any parser sees it: it must be a zip holding a workbook,
 * and unpacking it must stay within the {@link LeadImportLimits}. Every entry is really
 * inflated and its bytes counted — the sizes a zip declares can lie — and the walk stops
 * at the first byte past a limit, so a zip bomb costs little.
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
		try (Counting counting = new Counting(new BufferedInputStream(Files.newInputStream(file)));
				ZipInputStream zip = new ZipInputStream(counting)) {
			walk(zip, counting);
		}
		catch (ZipException | java.io.EOFException ex) {
			throw new UnreadableSheetException("leadImport.unreadable.notXlsx");
		}
	}

	private void walk(ZipInputStream zip, Counting counting) throws IOException, UnreadableSheetException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		boolean worksheet = false;
		ZipEntry entry;
		while ((entry = zip.getNextEntry()) != null) {
			if (++entries > this.limits.maxEntries()) {
				throw new UnreadableSheetException("leadImport.unreadable.tooManyEntries", this.limits.maxEntries());
			}
			workbook |= "xl/workbook.xml".equals(entry.getName());
			worksheet |= entry.getName().startsWith("xl/worksheets/");
			long start = counting.count;
			long inflated = 0;
			int n;
			while ((n = zip.read(buffer)) > 0) {
				inflated += n;
				total += n;
				if (total > this.limits.maxUncompressedSize().toBytes()) {
					throw new UnreadableSheetException("leadImport.unreadable.tooLargeUnpacked",
							this.limits.maxUncompressedSize().toMegabytes());
				}
				long compressed = Math.max(1, counting.count - start);
				if (inflated > RATIO_FROM_BYTES && inflated / compressed > this.limits.maxCompressionRatio()) {
					throw new UnreadableSheetException("leadImport.unreadable.compressionRatio");
				}
			}
		}
		if (entries == 0 || !workbook || !worksheet) {
			throw new UnreadableSheetException("leadImport.unreadable.noWorkbook");
		}
	}

	/** Counts the compressed bytes the zip reader has taken from the file. */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}

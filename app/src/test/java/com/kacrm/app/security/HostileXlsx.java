package com.kacrm.app.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds hostile .xlsx uploads in memory: a minimal workbook with inline-string rows, a
 * prologue before the sheet's root element (for a DOCTYPE with entities), extra parts
 * (zip bombs, too many entries) or a zip without a workbook.
 */
final class HostileXlsx {

	private static final String NS = "http://schemas.openxmlformats.org/";

	private final List<List<String>> rows = new ArrayList<>();

	private final Map<String, byte[]> extraParts = new LinkedHashMap<>();

	private String prologue = "";

	private boolean workbook = true;

	/**
	 * A row of inline strings; a cell written {@code &name;} stays an entity reference.
	 */
	HostileXlsx row(String... cells) {
		this.rows.add(List.of(cells));
		return this;
	}

	/** Markup between the XML declaration and the sheet's root, e.g. a DOCTYPE. */
	HostileXlsx prologue(String prologue) {
		this.prologue = prologue;
		return this;
	}

	HostileXlsx part(String name, byte[] content) {
		this.extraParts.put(name, content);
		return this;
	}

	HostileXlsx withoutWorkbook() {
		this.workbook = false;
		return this;
	}

	byte[] bytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (this.workbook) {
				put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + NS
						+ "package/2006/content-types\">"
						+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
						+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
						+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
						+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
						+ "</Types>");
				put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + NS
						+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + NS
						+ "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
				put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + NS
						+ "spreadsheetml/2006/main\" xmlns:r=\"" + NS
						+ "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
				put(zip, "xl/_rels/workbook.xml.rels",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + NS
								+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + NS
								+ "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
				put(zip, "xl/worksheets/sheet1.xml", sheet());
			}
			for (Map.Entry<String, byte[]> part : this.extraParts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private String sheet() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(this.prologue)
			.append("<worksheet xmlns=\"")
			.append(NS)
			.append("spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < this.rows.size(); r++) {
			xml.append("<row r=\"").append(r + 1).append("\">");
			List<String> cells = this.rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String ref = (char) ('A' + c) + Integer.toString(r + 1);
				String text = cells.get(c);
				String content = text.matches("&[a-z]+;") ? text
						: text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
				xml.append("<c r=\"")
					.append(ref)
					.append("\" t=\"inlineStr\"><is><t>")
					.append(content)
					.append("</t></is></c>");
			}
			xml.append("</row>");
		}
		return xml.append("</sheetData></worksheet>").toString();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}

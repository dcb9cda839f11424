package com.kacrm.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small .xlsx files part by part, the way other programs save them (LibreOffice's
 * inline strings, WPS's cells without addresses, custom date formats), so the reader is
 * tested against files the product's own writer never makes.
 */
final class XlsxFixture {

	private final Map<String, String> parts = new LinkedHashMap<>();

	private final List<String> rows = new ArrayList<>();

	private String sheetName = "Sheet1";

	private String styles;

	private String sharedStrings;

	private boolean dimension;

	XlsxFixture sheetName(String name) {
		this.sheetName = name;
		return this;
	}

	/** {@code styles.xml} with these number formats and cell formats (numFmtIds). */
	XlsxFixture styles(Map<Integer, String> numFmts, int... cellFormats) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		xml.append("<numFmts count=\"").append(numFmts.size()).append("\">");
		numFmts.forEach((id, code) -> xml.append("<numFmt numFmtId=\"")
			.append(id)
			.append("\" formatCode=\"")
			.append(code.replace("\"", "&quot;"))
			.append("\"/>"));
		xml.append("</numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>")
			.append("<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>")
			.append("<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>")
			.append("<cellXfs count=\"")
			.append(cellFormats.length + 1)
			.append("\"><xf numFmtId=\"0\" xfId=\"0\"/>");
		for (int id : cellFormats) {
			xml.append("<xf numFmtId=\"").append(id).append("\" xfId=\"0\" applyNumberFormat=\"1\"/>");
		}
		xml.append("</cellXfs></styleSheet>");
		this.styles = xml.toString();
		return this;
	}

	XlsxFixture sharedStrings(String... strings) {
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
			.append(strings.length)
			.append("\" uniqueCount=\"")
			.append(strings.length)
			.append("\">");
		for (String string : strings) {
			xml.append("<si><t xml:space=\"preserve\">").append(escape(string)).append("</t></si>");
		}
		this.sharedStrings = xml.append("</sst>").toString();
		return this;
	}

	XlsxFixture withDimension() {
		this.dimension = true;
		return this;
	}

	/** A row, {@code <row r="n">cells</row>}; cells as XML. */
	XlsxFixture row(int number, String... cells) {
		this.rows.add("<row r=\"" + number + "\">" + String.join("", cells) + "</row>");
		return this;
	}

	/** A row without its {@code r} attribute. */
	XlsxFixture rowWithoutNumber(String... cells) {
		this.rows.add("<row>" + String.join("", cells) + "</row>");
		return this;
	}

	/** An extra part, e.g. to make a zip bomb. */
	XlsxFixture part(String name, String content) {
		this.parts.put(name, content);
		return this;
	}

	static String inline(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
	}

	static String inline(String text) {
		return "<c t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
	}

	static String shared(String ref, int index) {
		return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
	}

	static String shared(int index) {
		return "<c t=\"s\"><v>" + index + "</v></c>";
	}

	static String str(String ref, String text) {
		return "<c r=\"" + ref + "\" t=\"str\"><v>" + escape(text) + "</v></c>";
	}

	static String number(String ref, String value, int style) {
		return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
	}

	static String number(String value, int style) {
		return "<c s=\"" + style + "\"><v>" + value + "</v></c>";
	}

	static String formula(String ref, String formula, String cached) {
		return "<c r=\"" + ref + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(cached) + "</v></c>";
	}

	Path write(Path directory) throws IOException {
		Path file = Files.createTempFile(directory, "fixture-", ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			String ns = "http://schemas.openxmlformats.org/";
			StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns
					+ "package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
			StringBuilder relations = new StringBuilder(
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns
							+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
							+ "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
			if (this.styles != null) {
				types.append(
						"<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
				relations.append("<Relationship Id=\"rId2\" Type=\"" + ns
						+ "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
			}
			if (this.sharedStrings != null) {
				types.append(
						"<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
				relations.append("<Relationship Id=\"rId3\" Type=\"" + ns
						+ "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
			}
			put(zip, "[Content_Types].xml", types.append("</Types>").toString());
			put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + ns
					+ "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns
					+ "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
			put(zip, "xl/workbook.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns
							+ "spreadsheetml/2006/main\" xmlns:r=\"" + ns
							+ "officeDocument/2006/relationships\"><sheets><sheet name=\"" + escape(this.sheetName)
							+ "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			put(zip, "xl/_rels/workbook.xml.rels", relations.append("</Relationships>").toString());
			if (this.styles != null) {
				put(zip, "xl/styles.xml", this.styles);
			}
			if (this.sharedStrings != null) {
				put(zip, "xl/sharedStrings.xml", this.sharedStrings);
			}
			put(zip, "xl/worksheets/sheet1.xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\">"
							+ (this.dimension ? "<dimension ref=\"A1:J20\"/>" : "") + "<sheetData>"
							+ String.join("", this.rows) + "</sheetData></worksheet>");
			for (Map.Entry<String, String> part : this.parts.entrySet()) {
				put(zip, part.getKey(), part.getValue());
			}
		}
		return file;
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}

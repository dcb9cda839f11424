package com.kacrm.app.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Hostile lead sheet uploads, built in code: too large, not an .xlsx under an .xlsx name,
 * an old .xls, a zip that is no workbook, zip bombs (compression ratio, number of parts),
 * and XML external entities in a sheet. Each is refused with its message (the API's
 * {@code code}, the screen's field message), never a 500, and no external entity is ever
 * resolved: the secret file's content appears in no answer and no lead.
 */
@CrmIntegrationTest
class HostileUploadIntegrationTests {

	private static final String HEADER = "number,customerName,region,industry,annualRevenue,customerClass,source,"
			+ "registeredAt,contactHint,notes";

	private static int files;

	private static int refused;

	private static int acceptedHostile;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@AfterAll
	static void printFigures() {
		System.out.printf("[security-figures] uploads: files=%d, refused=%d, accepted-hostile=%d%n", files, refused,
				acceptedHostile);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		large[0] = 'P';
		large[1] = 'K';
		large[2] = 3;
		large[3] = 4;
		expectRefused(large, "big.xlsx", "leadImport.unreadable.tooLarge");
	}

	@Test
	void aRequestOverTheServersMultipartLimitIsATranslated413() throws Exception {
		files++;
		String boundary = "----hostile" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[12 * 1024 * 1024]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] head = ("POST /api/v1/leads/import HTTP/1.1\r\nHost: localhost:" + this.port
				+ "\r\nAuthorization: Basic "
				+ Base64.getEncoder().encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8))
				+ "\r\nAccept-Language: en\r\nContent-Type: multipart/form-data; boundary=" + boundary
				+ "\r\nContent-Length: " + body.size() + "\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		// A raw socket: the server answers before it read the whole body and closes,
		// which
		// an HTTP client reports as a failed request.
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			Thread writer = new Thread(() -> {
				try {
					socket.getOutputStream().write(head);
					socket.getOutputStream().write(body.toByteArray());
					socket.getOutputStream().flush();
				}
				catch (IOException ex) {
					// the server stopped reading: expected
				}
			});
			writer.start();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			try {
				socket.getInputStream().transferTo(received);
			}
			catch (IOException ex) {
				// reset after the answer
			}
			writer.join(60_000);
			answer = received.toString(StandardCharsets.UTF_8);
		}
		assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("10 MB");
		refused++;
	}

	@Test
	void textUnderAnXlsxNameIsNoExcelFile() throws Exception {
		expectRefused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "leads.xlsx",
				"leadImport.unreadable.notXlsx");
		expectRefused("PK\3\4 truncated".getBytes(StandardCharsets.ISO_8859_1), "leads.xlsx",
				"leadImport.unreadable.notXlsx");
	}

	@Test
	void anOldXlsFileIsRefusedWithAHint() throws Exception {
		byte[] ole2 = new byte[1024];
		ole2[0] = (byte) 0xD0;
		ole2[1] = (byte) 0xCF;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xE0;
		expectRefused(ole2, "leads.xlsx", "leadImport.unreadable.xls");
	}

	@Test
	void aZipThatIsNoWorkbookIsRefused() throws Exception {
		byte[] zip = new HostileXlsx().withoutWorkbook()
			.part("../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8))
			.bytes();
		expectRefused(zip, "leads.xlsx", "leadImport.unreadable.noWorkbook");
	}

	@Test
	void zipBombsAreRefusedBeforeParsing() throws Exception {
		byte[] ratioBomb = new HostileXlsx().row(HEADER.split(","))
			.part("xl/media/image1.bin", new byte[50 * 1024 * 1024])
			.bytes();
		assertThat(ratioBomb.length).isLessThan(200 * 1024);
		expectRefused(ratioBomb, "leads.xlsx", "leadImport.unreadable.compressionRatio");
		HostileXlsx manyParts = new HostileXlsx().row(HEADER.split(","));
		for (int i = 0; i < 1001; i++) {
			manyParts.part("xl/media/p" + i + ".xml", new byte[] { 'x' });
		}
		expectRefused(manyParts.bytes(), "leads.xlsx", "leadImport.unreadable.tooManyEntries");
	}

	@Test
	void anExternalEntityInASheetIsNeverResolved() throws Exception {
		String secret = "XXE-SECRET-" + UUID.randomUUID();
		Path secretFile = Files.createTempFile("xxe-", ".txt");
		Files.writeString(secretFile, secret);
		try {
			long leadsBefore = leadsContaining(secret);
			String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>";
			byte[] external = new HostileXlsx().prologue(doctype)
				.row(HEADER.split(","))
				.row("", "&xxe;", "SZ", "AEROSPACE", "100", "B", "INTERNET_SEARCH", "", "&xxe;", "&xxe;")
				.bytes();
			expectHarmless(external, secret);
			String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"" + "x".repeat(100) + "\">"
					+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
					+ "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
					+ "<!ENTITY lol \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
			byte[] billionLaughs = new HostileXlsx().prologue(laughs)
				.row(HEADER.split(","))
				.row("", "&lol;", "SZ", "AEROSPACE", "100", "B", "INTERNET_SEARCH", "", "", "")
				.bytes();
			expectHarmless(billionLaughs, "x".repeat(1000));
			String parameter = "<!DOCTYPE worksheet [<!ENTITY % remote SYSTEM \"" + secretFile.toUri()
					+ "\"> %remote;]>";
			expectHarmless(new HostileXlsx().prologue(parameter).row(HEADER.split(",")).bytes(), secret);
			assertThat(leadsContaining(secret)).isEqualTo(leadsBefore);
		}
		finally {
			Files.deleteIfExists(secretFile);
		}
	}

	@Test
	void theImportScreenShowsTheRefusalNextToTheFileField() throws Exception {
		files++;
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/leads/import")
				.file(new MockMultipartFile("file", "leads.xlsx", null, "not a zip".getBytes(StandardCharsets.UTF_8)))
				.param("mode", "ALL_OR_NOTHING")
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("这不是 Excel 文件（.xlsx），或文件已损坏。")
			.contains("invalid-feedback");
		refused++;
	}

	private void expectRefused(byte[] content, String fileName, String code) throws Exception {
		files++;
		MockHttpServletResponse response = upload(content, fileName);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"" + code + "\"");
		refused++;
	}

	/** Refused, or read without resolving anything: {@code leak} appears nowhere. */
	private void expectHarmless(byte[] content, String leak) throws Exception {
		files++;
		long started = System.nanoTime();
		MockHttpServletResponse response = upload(content, "leads.xlsx");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isLessThan(500);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to answer").isLessThan(20_000);
		if (body.contains(leak)) {
			acceptedHostile++;
		}
		assertThat(body).doesNotContain(leak);
		if (response.getStatus() / 100 == 4) {
			refused++;
		}
	}

	private MockHttpServletResponse upload(byte[] content, String fileName) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/leads/import").file(new MockMultipartFile("file", fileName, null, content))
				.param("mode", "VALID_ROWS_ONLY")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse();
	}

	private long leadsContaining(String text) {
		return this.jdbc.queryForObject(
				"select count(*) from lead where position(? in coalesce(name, '') || coalesce(notes, '') || coalesce(contact_hint, '')) > 0",
				Long.class, text);
	}

	static byte[] zipOf(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}

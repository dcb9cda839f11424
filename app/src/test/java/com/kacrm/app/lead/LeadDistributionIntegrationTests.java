package com.kacrm.app.lead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.persistence.inbox.NoticeRow;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sending the lead sheet to a region's manager (定期转发) through the screens: the manager of
 * 深圳 sends it now, finds it in the inbox, opens it and downloads it as .xlsx; reps cannot
 * send, and the manager of 上海 cannot see 深圳's sheets. One database for all tests: each
 * test registers its own uniquely named lead and asserts on its own sheet.
 */
@CrmIntegrationTest
class LeadDistributionIntegrationTests {

	private static final Pattern SENT = Pattern.compile("/leads/distributions/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	InboxService inbox;

	@Test
	void theManagerSendsTheRegionsSheetFindsItInTheInboxAndDownloadsIt() throws Exception {
		String name = "分发测试" + UUID.randomUUID().toString().substring(0, 8) + "机械有限公司";
		RegisteredLead lead = register(name, "SZ");

		long id = send("manager.south", "SZ");
		this.mvc.perform(get("/leads/distributions/" + id).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("深圳潜在客户线索汇总表(JTF001)")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(lead.number())))
			.andExpect(content().string(containsString("客户线索来源")));

		NoticeRow notice = this.inbox.notices(viewer("manager.south"), PageRequest.of(0, 1)).getContent().get(0);
		assertThat(notice.subjectId()).isEqualTo(id);
		assertThat(notice.unread()).isTrue();
		this.mvc.perform(get("/inbox").with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("线索汇总表")))
			.andExpect(content().string(matchesPattern(
					"(?s).*data-notice=\"" + notice.id() + "\" data-unread=\"true\".*fw-bold.*深圳：\\d+ 条新线索，截至 .*")))
			.andExpect(content().string(containsString("data-testid=\"unread-notices\"")))
			.andExpect(content().string(containsString("href=\"/leads/distributions\"")));

		this.mvc.perform(post("/inbox/" + notice.id() + "/open").with(as("manager.south")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/leads/distributions/" + id));
		this.mvc.perform(get("/inbox").with(as("manager.south")))
			.andExpect(content().string(containsString("data-notice=\"" + notice.id() + "\" data-unread=\"false\"")));
		this.mvc.perform(get("/inbox").with(as("manager.south")).param("lang", "en"))
			.andExpect(content().string(containsString("Shenzhen: ")));

		MvcResult download = this.mvc.perform(get("/leads/distributions/" + id + ".xlsx").with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andExpect(header().string("Content-Disposition", containsString("JTF001-SZ-")))
			.andReturn();
		Map<String, String> xlsx = unzip(download.getResponse().getContentAsByteArray());
		String strings = decoded(xlsx.get("xl/sharedStrings.xml"));
		assertThat(strings).contains("深圳潜在客户线索汇总表(JTF001)", "编号", "客户名称", name, lead.number());
		int leadCount = this.inbox.notices(viewer("manager.south"), PageRequest.of(0, 1))
			.getContent()
			.get(0)
			.arguments()
			.stream()
			.skip(1)
			.findFirst()
			.map(Integer::parseInt)
			.orElseThrow();
		assertThat(rowsOf(xlsx.get("xl/worksheets/sheet1.xml"))).isEqualTo(2 + leadCount);
	}

	@Test
	void theNextSheetHoldsOnlyTheLeadsSinceTheLastAndTheListShowsWhatWasSentWhen() throws Exception {
		send("admin", "SZ");
		String name = "下一期" + UUID.randomUUID().toString().substring(0, 8) + "有限公司";
		RegisteredLead lead = register(name, "SZ");
		long id = send("manager.south", "SZ");
		this.mvc.perform(get("/leads/distributions/" + id).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lead.number())))
			.andExpect(content().string(matchesPattern("(?s).*<dd class=\"col-sm-10\">1</dd>.*")));
		this.mvc.perform(get("/leads/distributions").with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-distribution=\"" + id + "\"")))
			.andExpect(content().string(containsString("data-testid=\"send-form\"")))
			.andExpect(content().string(containsString("立即发送")));
	}

	@Test
	void repsCannotSendOrListTheSheets() throws Exception {
		this.mvc.perform(post("/leads/distributions").param("regionCode", "SZ").with(as("rep.zhang")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/leads/distributions").with(as("rep.zhang"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/inbox").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"distributions-link\""))));
	}

	@Test
	void theManagerOfAnotherRegionNeitherSeesNorSendsIt() throws Exception {
		long id = send("manager.south", "SZ");
		this.mvc.perform(get("/leads/distributions/" + id).with(as("manager.east"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/leads/distributions/" + id + ".xlsx").with(as("manager.east")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/leads/distributions").with(as("manager.east")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-distribution=\"" + id + "\""))));
		this.mvc.perform(post("/leads/distributions").param("regionCode", "SZ").with(as("manager.east")).with(csrf()))
			.andExpect(status().isForbidden());

		NoticeRow notice = this.inbox.notices(viewer("manager.south"), PageRequest.of(0, 1)).getContent().get(0);
		this.mvc.perform(post("/inbox/" + notice.id() + "/open").with(as("manager.east")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private long send(String username, String regionCode) throws Exception {
		String location = this.mvc
			.perform(post("/leads/distributions").param("regionCode", regionCode).with(as(username)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher matcher = SENT.matcher(String.valueOf(location));
		assertThat(matcher.matches()).as(location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * A lead without rank or revenue: it stays class D whatever tier criteria other tests
	 * preview, so their counts of moving leads do not change.
	 */
	private RegisteredLead register(String name, String regionCode) {
		return this.leads.register(new NewLead(name, regionCode, "AUTO_PARTS", null, null, null, null,
				"INTERNET_SEARCH", "李经理 139", null, null, null), viewer("admin"), true);
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		// fastexcel streams its entries (sizes after the data): ZipFile reads them, the
		// streaming ZipInputStream does not.
		Path file = Files.createTempFile("distribution", ".xlsx");
		try {
			Files.write(file, bytes);
			Map<String, String> entries = new HashMap<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return entries;
		}
		finally {
			Files.delete(file);
		}
	}

	/**
	 * The XML text with its numeric character references (fastexcel writes CJK so)
	 * decoded.
	 */
	private static String decoded(String xml) {
		return Pattern.compile("&#x([0-9a-fA-F]+);")
			.matcher(xml)
			.replaceAll((match) -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(match.group(1), 16))));
	}

	private static int rowsOf(String sheetXml) {
		Matcher rows = Pattern.compile("<row ").matcher(sheetXml);
		int count = 0;
		while (rows.find()) {
			count++;
		}
		return count;
	}

}

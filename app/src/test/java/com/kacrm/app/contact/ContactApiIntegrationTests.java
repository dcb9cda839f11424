package com.kacrm.app.contact;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contacts API on an account of the south team created for each test: adding (201
 * with the person; 422 naming the fields), the list with and without people who left,
 * editing with the version read (409 when stale), and 404 for a rep of another team.
 */
@CrmIntegrationTest
class ContactApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	UserDetailsService users;

	long accountId;

	String base;

	@BeforeEach
	void createAccount() {
		this.accountId = this.accounts.create(
				new NewAccount(unique("东莞接口联系人散热器") + "有限公司", "SZ", "rep.li", "AUTO_PARTS", null, null, null),
				Actor.system("test"));
		this.base = "/api/v1/accounts/" + this.accountId + "/contacts";
	}

	@Test
	void aPersonIsAddedUnderTheirManagerAndListed() throws Exception {
		String director = add("{\"name\":\"李明\",\"title\":\"采购总监\",\"level\":\"DECISION\",\"relationshipDepth\":3}");
		long directorId = idOf(director);
		this.mvc.perform(post(this.base).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"王芳","title":"采购经理","department":"采购部","phone":"0769-2222 3333",
				 "email":"wf@example.cn","level":"IMPLEMENTATION","interests":"喜欢茶",
				 "relationshipDepth":2,"targetDepth":4,"reportsToId":%d}""".formatted(directorId)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(this.base + "/\\d+")))
			.andExpect(jsonPath("$.name").value("王芳"))
			.andExpect(jsonPath("$.level").value("IMPLEMENTATION"))
			.andExpect(jsonPath("$.relationshipDepth").value(2))
			.andExpect(jsonPath("$.targetDepth").value(4))
			.andExpect(jsonPath("$.belowTarget").value(true))
			.andExpect(jsonPath("$.reportsToId").value(directorId))
			.andExpect(jsonPath("$.reportsToName").value("李明"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.version").value(0));

		this.mvc.perform(get(this.base).with(basic("manager.south")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].name", containsInAnyOrder("李明", "王芳")));
		this.mvc.perform(get(director).with(basic("rep.li")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relationshipDepth").value(3))
			.andExpect(jsonPath("$.reportsToId").doesNotExist());
	}

	@Test
	void brokenRulesAndAManagerOfAnotherAccountAreUnprocessableWithTheFieldsNamed() throws Exception {
		this.mvc
			.perform(post(this.base).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\" \",\"email\":\"nope\",\"relationshipDepth\":7,\"targetDepth\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("name")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("email")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("level")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("targetDepth")));
		this.mvc
			.perform(post(this.base).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"赵强\",\"level\":\"USAGE\",\"relationshipDepth\":7}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("relationshipDepth")));

		long otherAccount = this.accounts
			.create(new NewAccount(unique("另一个客户") + "有限公司", "SZ", null, null, null, null, null), Actor.system("test"));
		String stranger = this.mvc
			.perform(post("/api/v1/accounts/" + otherAccount + "/contacts").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"外人\",\"level\":\"USAGE\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.mvc
			.perform(post(this.base).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"赵强\",\"level\":\"USAGE\",\"reportsToId\":%d}".formatted(idOf(stranger))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reportsToId"))
			.andExpect(jsonPath("$.violations[0].code").value("contact.error.managerOfOtherAccount"));
		this.mvc.perform(get(this.base).with(basic("rep.zhang"))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anEditNeedsTheVersionReadAndAStaleOneIsAConflict() throws Exception {
		String location = add("{\"name\":\"王芳\",\"title\":\"采购经理\",\"level\":\"IMPLEMENTATION\"}");
		String edit = """
				{"name":"王芳","title":"采购部长","level":"DECISION","targetDepth":5,"version":%s}""";
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("version"));
		this.mvc.perform(
				put(location).with(basic("rep.li")).contentType(MediaType.APPLICATION_JSON).content(edit.formatted(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("采购部长"))
			.andExpect(jsonPath("$.level").value("DECISION"))
			.andExpect(jsonPath("$.targetDepth").value(5))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(
				put(location).with(basic("rep.li")).contentType(MediaType.APPLICATION_JSON).content(edit.formatted(0)))
			.andExpect(status().isConflict());
	}

	@Test
	void aRepOfAnotherTeamFindsNothing() throws Exception {
		String location = add("{\"name\":\"王芳\",\"level\":\"USAGE\"}");
		this.mvc.perform(get(this.base).with(basic("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(basic("rep.wang"))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.base).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"赵强\",\"level\":\"USAGE\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put(location).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"赵强\",\"level\":\"USAGE\",\"version\":0}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(basic("rep.zhang"))).andExpect(jsonPath("$.name").value("王芳"));
		this.mvc.perform(get(this.base + "/999999999").with(basic("rep.zhang"))).andExpect(status().isNotFound());
	}

	@Test
	void peopleWhoLeftAreListedOnlyWhenAsked() throws Exception {
		add("{\"name\":\"李明\",\"level\":\"DECISION\"}");
		long left = idOf(add("{\"name\":\"王芳\",\"level\":\"USAGE\"}"));
		Viewer li = ((CurrentUser) this.users.loadUserByUsername("rep.li")).viewer();
		this.contacts.leave(this.accountId, left, 0, li);

		this.mvc.perform(get(this.base).with(basic("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", contains("李明")));
		this.mvc.perform(get(this.base).param("includeLeft", "true").with(basic("rep.zhang")))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.name == '王芳')].active", contains(false)));
		this.mvc.perform(get(this.base + "/" + left).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.active").value(false));
	}

	private String add(String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(this.base).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return result.getResponse().getHeader("Location");
	}

	private long idOf(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}

package com.kacrm.app.account;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The account file screens with the demo users: the list with its filters and only the
 * user's team's accounts, creating with the duplicate check, the profile tab, editing
 * (errors next to the fields, conflicts), reassignment by the team's manager only, and
 * the history and opportunities tabs; another team's rep finds none of it. Names are
 * unique per test.
 */
@CrmIntegrationTest
class AccountScreensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Test
	void aRepCreatesAnAccountFileForTheirTeamAndSeesEveryFieldOnItsProfile() throws Exception {
		String name = unique("深圳创新测试") + "有限公司";
		MvcResult created = this.mvc
			.perform(post("/accounts").with(as("rep.zhang"))
				.with(csrf())
				.param("name", name)
				.param("industryCode", "AUTO_PARTS")
				.param("industryRank", "12")
				.param("annualRevenue", "68000")
				.param("annualPurchase", "900")
				.param("phone", "0755-8888 1234")
				.param("businessCharacteristics", "新能源汽车电池托盘")
				.param("commercialCredit", "付款准时")
				.param("decisionMode", "CENTRALISED")
				.param("lifecycle", "NEW_CUSTOMER")
				.param("relationshipStage", "FRIEND")
				.param("teamCode", "SH"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/accounts/*"))
			.andExpect(flash().attribute("flashSuccess", "account.created"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/detail"))
			.andExpect(content().string(allOf(containsString(name), containsString("新能源汽车电池托盘"), containsString("付款准时"),
					containsString("集中决策"), containsString("新客户"), containsString("朋友"),
					containsString("data-field=\"team\">华南"), containsString("data-field=\"owner\">张伟"),
					containsString("href=\"" + page + "/history\""), containsString("href=\"" + page + "/org-chart\""),
					not(containsString("data-action=\"reassign\"")))));
	}

	@Test
	void theListShowsOnlyTheTeamsAccountsAndKeepsItsFiltersInThePagingLinks() throws Exception {
		String marker = unique("列表");
		long south = create("rep.zhang", "深圳" + marker);
		create("rep.wang", "上海" + marker);
		this.mvc.perform(get("/accounts").with(as("rep.zhang")).param("q", marker))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/list"))
			.andExpect(content().string(allOf(containsString("深圳" + marker), not(containsString("上海" + marker)),
					containsString("href=\"/accounts/" + south + "\""))));
		this.mvc.perform(get("/accounts").with(as("rep.wang")).param("q", marker).param("lifecycle", "MATURE"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString("上海" + marker)), containsString("data-testid=\"accounts-empty\""))));
		this.mvc
			.perform(get("/accounts").with(as("admin"))
				.param("q", marker)
				.param("relationshipStage", "OUTSIDER")
				.param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/accounts?q=")))
			.andExpect(content()
				.string(containsString("relationshipStage=OUTSIDER&amp;sort=name,asc&amp;size=1&amp;page=1")))
			.andExpect(content().string(containsString("第 1 页，共 2 页")));
	}

	@Test
	void aNameLikeAnExistingAccountAsksForConfirmationBeforeCreating() throws Exception {
		String name = unique("东莞重复测试") + "有限公司";
		create("rep.zhang", name);
		this.mvc
			.perform(post("/accounts").with(as("rep.li"))
				.with(csrf())
				.param("name", name)
				.param("lifecycle", "PROSPECT")
				.param("relationshipStage", "OUTSIDER"))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/form"))
			.andExpect(model().attributeExists("duplicates"))
			.andExpect(content().string(containsString("data-testid=\"duplicates\"")));
		this.mvc
			.perform(post("/accounts").with(as("rep.li"))
				.with(csrf())
				.param("name", name)
				.param("lifecycle", "PROSPECT")
				.param("relationshipStage", "OUTSIDER")
				.param("duplicatesConfirmed", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anotherTeamsRepFindsNoneOfTheAccountsPages() throws Exception {
		long id = create("rep.zhang", unique("深圳保密"));
		for (String path : new String[] { "/accounts/{id}", "/accounts/{id}/edit", "/accounts/{id}/history",
				"/accounts/{id}/opportunities", "/accounts/{id}/reassign" }) {
			this.mvc.perform(get(path, id).with(as("rep.wang"))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/accounts/{id}", id).with(as("rep.wang"))
				.with(csrf())
				.param("version", "0")
				.param("name", "改名")
				.param("lifecycle", "PROSPECT")
				.param("relationshipStage", "OUTSIDER"))
			.andExpect(status().isNotFound());
		assertThat(this.accounts.show(id, viewer("rep.zhang")).name()).doesNotContain("改名");
	}

	@Test
	void editingShowsErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		long id = create("rep.zhang", unique("深圳校验"));
		AccountView before = this.accounts.show(id, viewer("rep.zhang"));
		this.mvc
			.perform(edit(id, before.version(), "rep.li").param("name", " ")
				.param("relationshipStage", "OUTSIDER")
				.param("phone", "not a phone")
				.param("businessCharacteristics", "不会保存"))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/edit"))
			.andExpect(content().string(allOf(containsString("data-error-for=\"name\""),
					containsString("data-error-for=\"phone\""), containsString("电话号码格式不正确"))));
		assertThat(this.accounts.show(id, viewer("rep.zhang")).businessCharacteristics()).isNull();
	}

	@Test
	void aRepEditsTheDeepProfileAndFindsTheChangeInTheHistoryTab() throws Exception {
		long id = create("rep.zhang", unique("深圳编辑"));
		AccountView before = this.accounts.show(id, viewer("rep.zhang"));
		this.mvc.perform(get("/accounts/{id}/edit", id).with(as("rep.li")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + before.version() + "\"")));
		this.mvc
			.perform(edit(id, before.version(), "rep.li").param("name", before.name())
				.param("financialStrength", "注册资本 3 亿元")
				.param("relationshipStage", "SUPPLIER"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts/" + id))
			.andExpect(flash().attribute("flashSuccess", "account.saved"));
		this.mvc.perform(get("/accounts/{id}/history", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/history"))
			.andExpect(content().string(allOf(containsString("资金实力"), containsString("注册资本 3 亿元"),
					containsString("关系阶段"), containsString("供应商"), containsString("李娜"))));
	}

	@Test
	void aSaveOverSomeoneElsesShowsTheCurrentFileAndSavesNothing() throws Exception {
		long id = create("rep.zhang", unique("深圳冲突"));
		AccountView read = this.accounts.show(id, viewer("rep.zhang"));
		this.mvc
			.perform(edit(id, read.version(), "rep.zhang").param("name", read.name())
				.param("relationshipStage", "OUTSIDER")
				.param("cooperationIntent", "第一次保存"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(edit(id, read.version(), "rep.li").param("name", read.name())
				.param("relationshipStage", "OUTSIDER")
				.param("cooperationIntent", "第二次保存"))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/edit"))
			.andExpect(content().string(allOf(containsString("data-testid=\"form-errors\""), containsString("第一次保存"))));
		assertThat(this.accounts.show(id, viewer("rep.zhang")).cooperationIntent()).isEqualTo("第一次保存");
	}

	@Test
	void onlyTheTeamsManagerReassignsTheAccount() throws Exception {
		long id = create("rep.zhang", unique("深圳调整"));
		this.mvc.perform(get("/accounts/{id}/reassign", id).with(as("rep.zhang"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/accounts/{id}/reassign", id).with(as("rep.zhang"))
				.with(csrf())
				.param("version", "0")
				.param("teamCode", "SZ")
				.param("ownerUsername", "rep.zhang"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/{id}", id).with(as("manager.south")))
			.andExpect(content().string(containsString("data-action=\"reassign\"")));
		long version = this.accounts.show(id, viewer("manager.south")).version();
		this.mvc.perform(get("/accounts/{id}/reassign", id).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/reassign"));
		this.mvc
			.perform(post("/accounts/{id}/reassign", id).with(as("manager.south"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("teamCode", "SH")
				.param("ownerUsername", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"teamCode\"")));
		this.mvc
			.perform(post("/accounts/{id}/reassign", id).with(as("manager.south"))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("teamCode", "SZ")
				.param("ownerUsername", "rep.li"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "account.reassigned"));
		assertThat(this.accounts.show(id, viewer("rep.zhang")).ownerUsername()).isEqualTo("rep.li");
	}

	@Test
	void theHistoryTabShowsTheContactsChangesNamingThePerson() throws Exception {
		long id = create("rep.zhang", unique("深圳联系人"));
		this.contacts.add(id,
				new NewContact(
						new ContactDetails("周采购", "采购经理", "采购部", null, null, ContactLevel.IMPLEMENTATION, null, null),
						2, null),
				viewer("rep.zhang"));
		this.mvc.perform(get("/accounts/{id}/history", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("联系人 周采购"), containsString("data-subject=\"CONTACT-"))));
	}

	@Test
	void theOpportunitiesTabSaysHowOpportunitiesComeWhenThereAreNone() throws Exception {
		long id = create("rep.zhang", unique("深圳商机"));
		this.mvc.perform(get("/accounts/{id}/opportunities", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/opportunities"))
			.andExpect(content().string(containsString("data-testid=\"opportunities-empty\"")));
	}

	@Test
	void theProfileSaysWhyTheCriteriaGiveTheAccountItsTier() throws Exception {
		long id = this.accounts.create(
				new AccountDraft(unique("深圳分级理由"), "AUTO_PARTS", 8, new BigDecimal("120000"), null, null, null, null,
						null, null, null, null, null, null, null, Lifecycle.PROSPECT, RelationshipStage.OUTSIDER),
				null, null, viewer("rep.zhang"), true);
		this.mvc.perform(get("/accounts/{id}", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-field=\"tierReason\""), containsString("行业排名 8 ≤"),
					containsString("年营业额 120000 万元 ≥"))));
	}

	@Test
	void aRepOpensAnOpportunityOnTheTabAndItLinksToItsBuyingCentre() throws Exception {
		long id = create("rep.zhang", unique("深圳开商机"));
		this.mvc
			.perform(post("/accounts/{id}/opportunities", id).param("name", "  ").with(as("rep.zhang")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("opportunityForm", "name"));
		assertThat(this.accounts.opportunities(id, viewer("rep.zhang"))).isEmpty();

		this.mvc
			.perform(post("/accounts/{id}/opportunities", id).param("name", "新厂钎焊线").with(as("rep.zhang")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts/" + id + "/opportunities"));
		long deal = this.accounts.opportunities(id, viewer("rep.zhang")).get(0).id();
		this.mvc.perform(get("/accounts/{id}/opportunities", id).with(as("rep.zhang")))
			.andExpect(content().string(
					allOf(containsString("新厂钎焊线"), containsString("/accounts/" + id + "/org-chart?opportunity=" + deal),
							containsString("data-opportunity-id=\"" + deal + "\""))));
		this.mvc
			.perform(post("/accounts/{id}/opportunities", id).param("name", "偷开的商机").with(as("rep.wang")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String username) {
		return post("/accounts/{id}", id).with(as(username))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("lifecycle", "PROSPECT");
	}

	private long create(String username, String name) {
		return this.accounts.create(
				new AccountDraft(name, "AUTO_PARTS", 200, new BigDecimal("3000"), null, null, null, null, null, null,
						null, null, null, null, DecisionMode.MIXED, Lifecycle.PROSPECT, RelationshipStage.OUTSIDER),
				null, null, viewer(username), true);
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}

package com.kacrm.app.contact;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The contacts tab and a contact's page with the demo users, on an account of the south
 * team created for each test: adding under a manager, the depth and its trend, moving
 * (cycles refused next to the field), editing (a stale version shows the current values),
 * leaving, validation errors that save nothing, and 404 for a rep of another team.
 */
@CrmIntegrationTest
class ContactScreensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	long accountId;

	String base;

	@BeforeEach
	void createAccount() {
		this.accountId = this.accounts.create(
				new NewAccount(unique("深圳联系人测试汽车配件") + "有限公司", "SZ", "rep.zhang", "AUTO_PARTS", 12, null, null),
				Actor.system("test"));
		this.base = "/accounts/" + this.accountId + "/contacts";
	}

	@Test
	void aRepAddsAPersonUnderTheirManagerAndSeesThemOnTheTab() throws Exception {
		long director = add("李明", "采购总监", 3, null);
		this.mvc.perform(get(this.base + "/new").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/form"))
			.andExpect(content().string(containsString("data-tab=\"contacts\"")))
			.andExpect(content().string(containsString("<option value=\"" + director + "\">李明 · 采购总监</option>")))
			.andExpect(content().string(containsString("4 朋友")));

		MvcResult created = this.mvc
			.perform(post(this.base).with(as("rep.zhang"))
				.with(csrf())
				.param("name", " 王芳 ")
				.param("title", "采购经理")
				.param("department", "采购部")
				.param("phone", "0755-2666 8888 转 123")
				.param("email", "wangfang@example.cn")
				.param("level", "IMPLEMENTATION")
				.param("interests", "喜欢茶")
				.param("relationshipDepth", "2")
				.param("targetDepth", "4")
				.param("reportsToId", String.valueOf(director)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.base + "/*"))
			.andExpect(flash().attribute("flashSuccess", "contact.flash.added"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();

		this.mvc.perform(get(this.base).with(as("rep.li")))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/list"))
			.andExpect(content().string(containsString("table-responsive")))
			.andExpect(content().string(containsString("href=\"" + page + "\">王芳</a>")))
			.andExpect(content().string(containsString("实施层")))
			.andExpect(content().string(containsString("2 认识")))
			.andExpect(content().string(containsString("目标 4")))
			.andExpect(content().string(containsString("data-testid=\"below-target\"")))
			.andExpect(content().string(containsString("0755-2666 8888 转 123")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.accountId + "/org-chart\"")));
		this.mvc.perform(get(page).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/detail"))
			.andExpect(content().string(containsString("wangfang@example.cn")))
			.andExpect(content().string(containsString("喜欢茶")))
			.andExpect(content().string(containsString(">李明</a>")))
			.andExpect(content().string(containsString("data-testid=\"depth-chart\"")))
			.andExpect(content().string(containsString("viewBox=\"0 0 480 150\"")))
			.andExpect(content().string(containsString("data-testid=\"depth-target\"")))
			.andExpect(content().string(containsString("新增联系人")));
	}

	@Test
	void aValidationErrorIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post(this.base).with(as("rep.zhang"))
				.with(csrf())
				.param("name", "  ")
				.param("email", "not-an-email")
				.param("phone", "call me")
				.param("level", "DECISION")
				.param("relationshipDepth", "2"))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/form"))
			.andExpect(content().string(containsString("data-error-for=\"name\"")))
			.andExpect(content().string(containsString("data-error-for=\"email\"")))
			.andExpect(content().string(containsString("电子邮箱格式不正确")))
			.andExpect(content().string(containsString("data-error-for=\"phone\"")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		assertThat(this.contacts.contactsOf(this.accountId, true, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void aMoveThatClosesACycleIsRefusedNextToTheReportsToField() throws Exception {
		long gm = add("陈总", "总经理", 3, null);
		long director = add("李明", "采购总监", 3, gm);
		this.mvc
			.perform(post(this.base + "/" + gm + "/manager").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(gm)))
				.param("reportsToId", String.valueOf(director)))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/detail"))
			.andExpect(content().string(containsString("data-error-for=\"reportsToId\"")))
			.andExpect(content().string(containsString("会形成循环")));
		assertThat(show(gm).reportsToId()).isNull();

		this.mvc
			.perform(post(this.base + "/" + director + "/manager").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(director)))
				.param("reportsToId", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "contact.flash.moved"));
		assertThat(show(director).reportsToId()).isNull();
		this.mvc.perform(get(this.base + "/" + director).with(as("rep.zhang")))
			.andExpect(content().string(containsString("直接上级")))
			.andExpect(content().string(containsString("陈总")));
	}

	@Test
	void aDepthChangeWithItsReasonJoinsTheTrendAndTheHistory() throws Exception {
		long buyer = add("王芳", "采购经理", 2, null);
		this.mvc
			.perform(post(this.base + "/" + buyer + "/depth").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(buyer)))
				.param("relationshipDepth", "4")
				.param("reason", "一起参观了工厂"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "contact.flash.depthChanged"));
		assertThat(show(buyer).relationshipDepth()).isEqualTo(4);
		this.mvc.perform(get(this.base + "/" + buyer).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一起参观了工厂")))
			.andExpect(content().string(containsString("加深")))
			.andExpect(content().string(containsString("关系层度")))
			.andExpect(content().string(containsString("class=\"depth-line\" d=\"M")));

		this.mvc
			.perform(post(this.base + "/" + buyer + "/depth").with(as("rep.zhang"))
				.with(csrf())
				.param("version", "0")
				.param("relationshipDepth", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/detail"))
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")));
		assertThat(show(buyer).relationshipDepth()).isEqualTo(4);
	}

	@Test
	void anEditOnAStaleVersionShowsTheCurrentValuesWithTheConflict() throws Exception {
		long buyer = add("王芳", "采购经理", 2, null);
		long shown = version(buyer);
		this.mvc.perform(get(this.base + "/" + buyer + "/edit").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"采购经理\"")));
		this.contacts.update(this.accountId, buyer, shown,
				new ContactDetails("王芳", "采购部长", "采购部", null, null, ContactLevel.DECISION, null, null),
				viewer("rep.li"));

		this.mvc
			.perform(post(this.base + "/" + buyer).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(shown))
				.param("name", "王芳")
				.param("title", "副总")
				.param("level", "IMAGE"))
			.andExpect(status().isOk())
			.andExpect(view().name("contacts/form"))
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("value=\"采购部长\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version(buyer) + "\"")));
		assertThat(show(buyer).title()).isEqualTo("采购部长");

		this.mvc
			.perform(post(this.base + "/" + buyer).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(buyer)))
				.param("name", "王芳")
				.param("title", "副总")
				.param("level", "IMAGE"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "contact.flash.saved"));
		assertThat(show(buyer).title()).isEqualTo("副总");
	}

	@Test
	void aPersonWithReportsCannotLeaveAndOneWhoLeftShowsOnlyWithTheToggle() throws Exception {
		long director = add("李明", "采购总监", 3, null);
		long buyer = add("王芳", "采购经理", 2, director);
		this.mvc
			.perform(post(this.base + "/" + director + "/leave").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(director))))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashError", "contact.error.hasReports"));
		this.mvc
			.perform(post(this.base + "/" + buyer + "/leave").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version(buyer))))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "contact.flash.left"));

		this.mvc.perform(get(this.base).with(as("rep.zhang")))
			.andExpect(content().string(allOf(containsString(">李明</a>"), not(containsString(">王芳</a>")))))
			.andExpect(content().string(containsString("?left=true")));
		this.mvc.perform(get(this.base).param("left", "true").with(as("rep.zhang")))
			.andExpect(content().string(containsString(">王芳</a>")))
			.andExpect(content().string(containsString("已离职")));
		this.mvc.perform(get(this.base + "/" + buyer).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"contact-left\"")))
			.andExpect(content().string(not(containsString("data-testid=\"depth-form\""))));
	}

	@Test
	void aRepOfAnotherTeamFindsNoneOfTheContactPages() throws Exception {
		long buyer = add("王芳", "采购经理", 2, null);
		for (String path : new String[] { this.base, this.base + "/new", this.base + "/" + buyer,
				this.base + "/" + buyer + "/edit" }) {
			this.mvc.perform(get(path).with(as("rep.wang"))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post(this.base).with(as("rep.wang"))
				.with(csrf())
				.param("name", "赵强")
				.param("level", "USAGE")
				.param("relationshipDepth", "1"))
			.andExpect(status().isNotFound());
		for (String command : new String[] { "", "/depth", "/manager", "/leave" }) {
			this.mvc
				.perform(post(this.base + "/" + buyer + command).with(as("rep.wang"))
					.with(csrf())
					.param("version", String.valueOf(version(buyer)))
					.param("name", "赵强")
					.param("level", "USAGE")
					.param("relationshipDepth", "5"))
				.andExpect(status().isNotFound());
		}
		assertThat(this.contacts.contactsOf(this.accountId, true, viewer("rep.zhang"))).extracting(ContactRow::name)
			.containsExactly("王芳");
		assertThat(show(buyer).relationshipDepth()).isEqualTo(2);
		assertThat(show(buyer).active()).isTrue();
	}

	private long add(String name, String title, int depth, Long reportsToId) {
		return this.contacts.add(this.accountId,
				new NewContact(new ContactDetails(name, title, "采购部", null, null, ContactLevel.DECISION, null, 4),
						depth, reportsToId),
				viewer("rep.zhang"));
	}

	private ContactRow show(long contactId) {
		return this.contacts.show(this.accountId, contactId, viewer("rep.zhang"));
	}

	private long version(long contactId) {
		return show(contactId).version();
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

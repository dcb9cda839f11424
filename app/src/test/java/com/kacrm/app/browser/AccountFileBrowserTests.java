package com.kacrm.app.browser;

import java.math.BigDecimal;
import java.util.UUID;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.persistence.account.AccountDraft;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.web.shared.CurrentUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A rep keeps an account file in a real browser: filters the list down to the account,
 * opens it, writes the deep profile and finds the change, with who made it, in the
 * account's history tab.
 */
@CrmIntegrationTest
class AccountFileBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void aRepFiltersTheListOpensAnAccountEditsTheDeepProfileAndSeesItInTheHistory() {
		String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String name = "东莞恒星散热器有限公司" + marker;
		this.accounts.create(
				new AccountDraft(name, "RADIATORS", 40, new BigDecimal("9000"), new BigDecimal("300"), "东莞市长安镇", null,
						null, null, null, null, null, null, null, DecisionMode.CENTRALISED, Lifecycle.PROSPECT,
						RelationshipStage.OUTSIDER),
				null, null, ((CurrentUser) this.users.loadUserByUsername("rep.zhang")).viewer(), true);

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		AccountFilePage files = AccountFilePage.openFromNavigation(page);
		assertThat(files.rows().first()).isVisible();
		files.search(marker).choose("industry", "RADIATORS").choose("relationshipStage", "OUTSIDER").filter();
		assertThat(files.rows()).hasCount(1);
		assertThat(files.rows()).containsText("散热器行业");
		browser.screenshot("account-list-zh.png");

		AccountPage account = files.open(name);
		assertThat(account.name()).hasText(name);
		assertThat(account.field("industryPosition")).hasText("—");
		files.edit()
			.type("industryPosition", "华南散热器行业前五，主机厂认可")
			.type("cooperationIntent", "明年计划导入第二供应商")
			.choose("relationshipStage", "FRIEND");
		browser.screenshot("account-edit-zh.png");
		account = files.save();
		assertThat(account.flash()).containsText("客户档案已保存");
		assertThat(account.field("industryPosition")).hasText("华南散热器行业前五，主机厂认可");
		assertThat(account.field("relationshipStage")).hasText("朋友");
		browser.screenshot("account-profile-zh.png");

		files.openTab("history");
		Locator change = files.history().filter(new Locator.FilterOptions().setHasText("行业地位和影响力"));
		assertThat(change).hasCount(1);
		assertThat(change).containsText("华南散热器行业前五，主机厂认可");
		assertThat(change).containsText("张伟");
		assertThat(files.history().filter(new Locator.FilterOptions().setHasText("关系阶段"))).containsText("朋友");
		browser.screenshot("account-history-zh.png");
	}

}

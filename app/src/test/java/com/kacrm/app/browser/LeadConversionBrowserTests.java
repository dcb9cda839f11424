package com.kacrm.app.browser;

import java.math.BigDecimal;
import java.util.UUID;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.web.shared.CurrentUser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey in a real browser: rep.zhang converts one of his leads into an
 * account with its first opportunity, and lands on the account page, which shows what the
 * lead sheet knew, the opportunity at milestone 1 and the lead it came from, whose page
 * now links to the account.
 */
@CrmIntegrationTest
class LeadConversionBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	LeadService leads;

	@Autowired
	UserDetailsService users;

	@Test
	void aRepConvertsHisLeadIntoAnAccountWithItsFirstOpportunity() {
		String name = "深圳华达汽车配件有限公司" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		RegisteredLead lead = this.leads.register(
				new NewLead(name, "SZ", "AUTO_PARTS", 12, new BigDecimal("68000"), null, null, "INTERNET_SEARCH",
						"采购部 王经理 138 0000 1234", "车展认识，计划明年更换散热器供应商", null, null),
				((CurrentUser) this.users.loadUserByUsername("rep.zhang")).viewer(), true);

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");

		LeadConversionPage conversion = LeadConversionPage.openFromLeadPage(page, lead.id());
		assertThat(conversion.heading()).containsText(lead.number());
		assertThat(conversion.carried("customerName")).hasText(name);
		assertThat(conversion.carried("contactHint")).hasText("采购部 王经理 138 0000 1234");
		assertThat(conversion.carried("tier")).containsText("A 类");
		assertThat(conversion.carried("owner")).hasText("张伟");
		assertThat(conversion.opportunityName()).hasValue(name + " 项目");
		conversion.createFirstOpportunity("华达散热器替换项目");
		browser.screenshot("lead-conversion-zh.png");

		AccountPage account = conversion.convert();
		assertThat(account.flash()).containsText("线索已转为客户，并已创建首个商机");
		assertThat(account.name()).hasText(name);
		assertThat(account.field("industry")).hasText("汽车配件");
		assertThat(account.field("industryRank")).hasText("12");
		assertThat(account.field("annualRevenue")).hasText("68000");
		assertThat(account.field("tier")).containsText("A 类");
		assertThat(account.field("source")).hasText("搜索引擎");
		assertThat(account.field("contactHint")).hasText("采购部 王经理 138 0000 1234");
		assertThat(account.field("notes")).hasText("车展认识，计划明年更换散热器供应商");
		assertThat(account.field("owner")).hasText("张伟");
		assertThat(account.convertedFrom()).containsText(lead.number());
		assertThat(account.opportunities()).hasCount(1);
		assertThat(account.opportunities()).containsText("华达散热器替换项目");
		assertThat(account.opportunities()).containsText("里程碑 1：行业与客户规划");
		// The account's own line; the opportunity it opened has one too.
		assertThat(page.locator("table.history tbody tr[data-subject^=ACCOUNT-]")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("由线索转化")))
			.containsText(lead.number());
		browser.screenshot("lead-converted-account-zh.png");
		String accountUrl = page.url().replaceFirst("^https?://[^/]+", "");

		account.openConvertedLead();
		assertThat(page.locator("[data-testid=converted-links] [data-link=account]")).hasAttribute("href", accountUrl);
		assertThat(page.locator("[data-action=convert]")).hasCount(0);
		browser.screenshot("lead-converted-zh.png");
	}

}

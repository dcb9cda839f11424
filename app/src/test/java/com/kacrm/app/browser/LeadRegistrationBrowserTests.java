package com.kacrm.app.browser;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first journey in a real browser: a rep opens the lead sheet, which shows
 * the JTF001 columns in the form's order, starts registering a customer the company
 * already has, is warned while typing, with a link to the existing account, then
 * registers a new customer in a few fields and finds it numbered, classed by the tier
 * criteria and on the sheet.
 */
@CrmIntegrationTest
class LeadRegistrationBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void aRepIsWarnedOfADuplicateWhileTypingAndRegistersANewLeadInAFewFields() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		LeadSheetPage sheet = LeadSheetPage.openFromNavigation(page);
		assertThat(sheet.sheet()).isVisible();
		org.assertj.core.api.Assertions
			.assertThat(sheet.headers().allInnerTexts().stream().map((text) -> text.replace("▼", "").strip()))
			.containsExactly("编号", "客户名称", "所属区域", "所属行业", "年营业额（万元）", "客户分类", "客户线索来源", "登记时间");
		browser.screenshot("lead-sheet-zh.png");

		sheet.startRegistration().typeName("深圳华鹏汽车配件（集团）");
		assertThat(sheet.duplicates()).containsText("深圳华鹏汽车配件有限公司");
		assertThat(sheet.duplicates().locator("[data-duplicate^=ACCOUNT] a")).hasAttribute("href",
				java.util.regex.Pattern.compile("/accounts/\\d+"));
		browser.screenshot("lead-register-duplicate-zh.png");

		String name = "东莞新锐航空部件有限公司" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
		sheet.typeName(name);
		assertThat(sheet.duplicates()).hasCount(0);
		sheet.choose("industryCode", "AEROSPACE")
			.fill("industryRank", "12")
			.fill("annualRevenue", "36000")
			.choose("sourceCode", "CUSTOMER_REFERRAL")
			.fill("contactHint", "采购部周经理")
			.register();

		assertThat(sheet.flash()).containsText("已登记");
		assertThat(sheet.leadNumber()).hasText(java.util.regex.Pattern.compile("SZ-\\d{4}-\\d{5}"));
		assertThat(sheet.leadClass()).containsText("B");
		assertThat(sheet.history()).containsText("客户分类（新建时评定）");
		String number = sheet.leadNumber().textContent();
		browser.screenshot("lead-detail-zh.png");

		LeadSheetPage.openFromNavigation(page).search(name);
		assertThat(sheet.row(number)).containsText("航空航天");
		assertThat(sheet.row(number)).containsText("老客户引荐");
	}

	@Test
	void theSheetFitsAPhone() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.PHONE);
		LoginPage.open(page).logInAs("manager.south", "demo1234");
		page.navigate("/leads?queue=POOL");
		assertThat(page.locator("[data-queue=POOL]")).hasAttribute("aria-current", "page");
		assertThat(page.locator("[data-testid=lead-sheet]")).isVisible();
		browser.screenshot("lead-pool-phone-zh.png");
	}

}

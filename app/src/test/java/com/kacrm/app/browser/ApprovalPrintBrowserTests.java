package com.kacrm.app.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.approval.ApprovalService;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "the print layout fits one A4 page for a typical request": a request that
 * was returned once, revised and approved, with its key person, two team members, the
 * budget, risks and the four steps of its trail, printed to PDF on A4 by headless
 * Chromium, is one page; the toolbar with the print button is not printed.
 */
@CrmIntegrationTest
class ApprovalPrintBrowserTests {

	private static final Pattern PAGE_OBJECT = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Test
	void aTypicalRequestWithItsDecisionTrailPrintsOnOneA4Page() throws Exception {
		ApprovalDeals deals = new ApprovalDeals(this.context);
		Deal deal = deals.readyForApproval("立项打印");
		long id = deals.submitted(deal);
		this.approvals.returnForRevision(id, "请补充交期风险和应对措施，并说明预算构成", deals.viewer("manager.south"));
		this.approvals.submit(id, null, deals.viewer("rep.zhang"));
		this.approvals.approve(id, "同意立项，预算按申请执行", deals.viewer("manager.south"));

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("manager.south", "demo1234");
		page.navigate("/approvals/" + id);
		page.locator("[data-action=print]").click();
		page.waitForURL(Pattern.compile(".*/approvals/" + id + "/print$"));
		assertThat(page.locator("h1")).hasText("项目立项申请表");
		assertThat(page.locator("[data-testid=print-trail] tr")).hasCount(4);
		assertThat(page.locator("[data-testid=print-key-people]")).containsText("赵工");
		assertThat(page.locator("nav")).hasCount(0);
		assertThat(page.locator("[data-testid=print-toolbar]")).isVisible();
		browser.screenshot("approval-print-screen.png");

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("[data-testid=print-toolbar]")).isHidden();
		browser.screenshot("approval-print.png");

		byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
		Path file = Paths.get(System.getProperty("crm.screenshots.dir", "target/screenshots"), "approval-print.pdf");
		Files.createDirectories(file.getParent());
		Files.write(file, pdf);
		assertThat(pages(pdf)).isEqualTo(1);
	}

	/** The page objects of the PDF ({@code /Type /Page}, not the {@code /Pages} tree). */
	private static int pages(byte[] pdf) {
		Matcher matcher = PAGE_OBJECT.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int pages = 0;
		while (matcher.find()) {
			pages++;
		}
		return pages;
	}

}

package com.kacrm.app.browser;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.tiering.TieringService;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey in a real browser: an admin lowers the tier-A revenue threshold,
 * sees exactly which demo accounts and leads would move and why, applies it, and finds
 * each change in the record's history with the new criteria version. A contradictory edit
 * is refused next to its field first.
 */
@CrmIntegrationTest
class TierCriteriaBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	TieringService tiering;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreTheManualsCriteria() {
		if (this.tiering.current().criteria().get(0).minAnnualRevenue().compareTo(BigDecimal.valueOf(50000)) != 0) {
			this.tiering.apply(List.of(
					new TierCriterion(Tier.A, 50, BigDecimal.valueOf(50000), null, CoverageMode.FIELD_VISIT,
							ManagementMode.ON_SITE, 14),
					new TierCriterion(Tier.B, 50, null, null, CoverageMode.FIELD_VISIT, ManagementMode.FINE_GRAINED,
							30),
					new TierCriterion(Tier.C, null, BigDecimal.valueOf(5000), null, CoverageMode.PHONE,
							ManagementMode.BOOK_KEEPING, 60),
					new TierCriterion(Tier.D, null, null, null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING, 90)),
					this.tiering.current().versionNumber(), "测试后恢复", Actor.system("test"));
		}
	}

	@Test
	void adminLowersTheTierARevenueThresholdPreviewsTheMovesAndAppliesThem() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("admin", "demo1234");
		int version = this.tiering.current().versionNumber();

		TierCriteriaPage criteria = TierCriteriaPage.openFromAdminIndex(page);
		assertThat(criteria.currentVersion()).containsText("第 " + version + " 版");

		criteria.fill(1, "minAnnualRevenue", "60000").preview();
		assertThat(criteria.errorFor("tiers[1]")).containsText("B 类的门槛不比 A 类宽松");
		browser.screenshot("tier-criteria-contradiction-zh.png");

		criteria.fill(1, "minAnnualRevenue", "").fill(0, "minAnnualRevenue", "40000").note("华南、华东反馈：A 类门槛过高");
		criteria.preview();
		assertThat(criteria.previewSummary()).containsText("2 个客户和 2 条未结线索将改变分类");
		assertThat(criteria.changedCells()).hasCount(1);
		assertThat(criteria.changedCells()).hasText("40000");
		assertThat(criteria.moves()).hasCount(4);
		assertThat(criteria.move("东莞恒通散热器股份有限公司")).containsText("B 类 → A 类");
		assertThat(criteria.move("东莞恒通散热器股份有限公司")).containsText("年营业额 42000 万元 ≥ 40000 万元（A 类）");
		assertThat(criteria.move("无锡宏达散热器有限公司")).containsText("线索");
		browser.screenshot("tier-criteria-preview-zh.png");

		criteria.apply();
		assertThat(criteria.flash()).containsText("新的分级标准已生效");
		assertThat(criteria.heading()).hasText("客户分级标准第 " + (version + 1) + " 版");
		assertThat(criteria.recordChanges()).hasCount(4);
		assertThat(criteria.recordChanges()
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("苏州铁路装备有限公司")))
			.containsText("B 类 → A 类");
		browser.screenshot("tier-criteria-applied-zh.png");

		Long accountId = this.jdbc.sql("select id from account where name = '苏州铁路装备有限公司'").query(Long.class).single();
		List<HistoryRow> accountHistory = this.history
			.historyOf(new HistorySubject(TieringService.ACCOUNT, accountId), Pageable.ofSize(5))
			.getContent();
		org.assertj.core.api.Assertions.assertThat(accountHistory.get(0)).satisfies((row) -> {
			org.assertj.core.api.Assertions.assertThat(row.newValue()).isEqualTo("A");
			org.assertj.core.api.Assertions.assertThat(row.tierCriteriaVersion()).isEqualTo(version + 1);
			org.assertj.core.api.Assertions.assertThat(row.actorName()).isEqualTo("系统管理员");
		});
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select tier, tier_criteria_version from account where id = ?")
				.param(accountId)
				.query((rs, n) -> rs.getString(1) + rs.getInt(2))
				.single())
			.isEqualTo("A" + (version + 1));
	}

}

package com.kacrm.app.approval;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.approval.ApprovalListService;
import com.kacrm.persistence.approval.ApprovalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The approval inbox (/approvals) and the navigation's count: manager.south sees how many
 * requests wait for them next to 审批 on every page, and by default the pending requests of
 * their team oldest first with their age, highlighted beyond three days; rep.zhang sees
 * their own requests by default, with the status and the manager's comment on a returned
 * one; the manager of the other team sees neither. The requests made here are withdrawn
 * afterwards so other tests' counts stay as they were.
 */
@CrmIntegrationTest
class ApprovalInboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalListService list;

	@Autowired
	JdbcTemplate jdbc;

	ApprovalDeals deals;

	long waiting;

	long returned;

	@BeforeEach
	void createRequests() {
		this.deals = new ApprovalDeals(this.context);
		this.waiting = this.deals.submitted(this.deals.readyForApproval("收件箱等待"), "收件箱等待项目");
		// Submitted five days ago: waiting longer than three days is highlighted.
		this.jdbc.update("update approval_request set submitted_at = submitted_at - interval '5 days' where id = ?",
				this.waiting);
		this.returned = this.deals.submitted(this.deals.readyForApproval("收件箱退回"), "收件箱退回项目");
		this.approvals.returnForRevision(this.returned, "请补充竞争对手信息", this.deals.viewer("manager.south"));
	}

	@AfterEach
	void withdrawRequests() {
		for (long id : new long[] { this.waiting, this.returned }) {
			this.approvals.withdraw(id, "测试结束", this.deals.viewer("rep.zhang"));
		}
	}

	@Test
	void aManagerSeesThePendingCountInTheNavigationAndThePendingRequestsWithTheirAge() throws Exception {
		long pending = this.list.pendingCount(this.deals.viewer("manager.south"));
		org.assertj.core.api.Assertions.assertThat(pending).isPositive();
		String badge = "data-testid=\"pending-approvals\"";
		this.mvc.perform(get("/").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(badge)))
			.andExpect(content().string(matchesPattern("(?s).*" + badge + "[^>]*>" + pending + "</span>.*")));

		this.mvc.perform(get("/approvals").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/inbox"))
			.andExpect(model().attribute("tab", "pending"))
			.andExpect(content().string(containsString("data-approval=\"" + this.waiting + "\"")))
			.andExpect(content().string(not(containsString("data-approval=\"" + this.returned + "\""))))
			.andExpect(content().string(matchesPattern(
					"(?s).*data-approval=\"" + this.waiting + "\".*?data-overdue=\"true\"[^>]*>5 天</span>.*")))
			.andExpect(content().string(containsString("href=\"/approvals/" + this.waiting + "\"")));

		this.mvc.perform(
				get("/approvals").param("tab", "all").param("status", "RETURNED").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-approval=\"" + this.returned + "\"")))
			.andExpect(content().string(not(containsString("data-approval=\"" + this.waiting + "\""))))
			.andExpect(content().string(containsString("tab=all&amp;status=RETURNED")));
	}

	@Test
	void aRepSeesTheirOwnRequestsWithStatusAndTheManagersCommentAndNoCount() throws Exception {
		this.mvc.perform(get("/approvals").with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("tab", "mine"))
			.andExpect(content().string(not(containsString("data-testid=\"pending-approvals\""))))
			.andExpect(content().string(not(containsString("data-tab=\"pending\""))))
			.andExpect(content().string(matchesPattern(
					"(?s).*data-approval=\"" + this.returned + "\" data-status=\"RETURNED\".*?退回修改.*?请补充竞争对手信息.*")))
			.andExpect(content().string(
					matchesPattern("(?s).*data-approval=\"" + this.waiting + "\" data-status=\"SUBMITTED\".*?待审批.*")));
	}

	@Test
	void theManagerOfTheOtherTeamSeesNeitherTheRequestsNorACountForThem() throws Exception {
		this.mvc.perform(get("/approvals").param("tab", "all").with(this.deals.as("manager.east")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("data-approval=\"" + this.waiting + "\"")),
					not(containsString("data-approval=\"" + this.returned + "\"")))));
		this.mvc.perform(get("/approvals").param("tab", "all").with(this.deals.as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-approval=\"" + this.waiting + "\""))));
	}

	@Test
	void aFilterThatIsNotADateIsShownNextToItAndNothingIsListed() throws Exception {
		this.mvc
			.perform(get("/approvals").param("tab", "all")
				.param("submittedFrom", "abc")
				.with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(model().attribute("filterInvalid", true))
			.andExpect(content().string(containsString("data-error-for=\"submittedFrom\"")))
			.andExpect(content().string(containsString("请输入有效的日期，如 2026-03-31。")))
			.andExpect(content().string(containsString("data-filter-invalid=\"true\"")))
			.andExpect(content().string(containsString("筛选条件有误")))
			.andExpect(content().string(not(containsString("data-approval=\"" + this.waiting + "\""))))
			.andExpect(content().string(not(containsString("data-error-for=\"submittedTo\""))));
		this.mvc
			.perform(get("/approvals").param("tab", "all")
				.param("submittedTo", "2026-02-30")
				.param("lang", "en")
				.with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"submittedTo\"")))
			.andExpect(content().string(containsString("Enter a valid date, e.g. 2026-03-31.")));
	}

}

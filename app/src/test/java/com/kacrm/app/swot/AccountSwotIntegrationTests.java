package com.kacrm.app.swot;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.account.Account;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.competitor.PresenceRow;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.swot.SwotService;
import com.kacrm.web.shared.CurrentUser;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SWOT and competitors tab of an account, the competitor screens, the competitors of
 * an opportunity and their API: a rep of the account's team adds SWOTs and competitors
 * with history, refusals show next to their fields with nothing saved, and a rep of
 * another team (rep.wang, SH) gets 404 on an SZ account. Each test creates its own SZ
 * account.
 */
@CrmIntegrationTest
class AccountSwotIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	SwotService swots;

	@Autowired
	CompetitorService competitors;

	@Autowired
	HistoryService history;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	long account;

	@BeforeEach
	void ownAccount() {
		this.account = this.accounts.create(
				new NewAccount("深圳测试散热" + code(), "SZ", "rep.zhang", "AUTO_PARTS", 30, null, null),
				Actor.system("test"), true);
	}

	@Test
	void theStartPageListsAccountsDueASwotOnlyFromTheUsersScope() throws Exception {
		this.mvc.perform(get("/").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"swots-due\"")))
			.andExpect(content().string(containsString("待做 SWOT 分析的客户")));
		this.mvc.perform(get("/").with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/accounts/" + this.account + "/swot\""))));
	}

	@Test
	void aNewAccountShowsTheEmptyTabWithTheReminderAndTheForms() throws Exception {
		this.mvc.perform(get("/accounts/{id}/swot", this.account).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"swot-none\"")))
			.andExpect(content().string(containsString("data-testid=\"swot-due\"")))
			.andExpect(content().string(containsString("name=\"assessedOn\" value=\"" + this.swots.today() + "\"")))
			.andExpect(content().string(containsString("与该客户的主要竞争对手相比")))
			.andExpect(content().string(containsString("来自客户结构、采购方式、行业需求")))
			.andExpect(content().string(containsString("href=\"/competitors\"")))
			.andExpect(content().string(containsString("data-testid=\"presences-none\"")));
	}

	@Test
	void aRepAddsASwotWhichIsShownAsTheLatestWithTheEarlierOnesBelowAndKeptInHistory() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/swot", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("assessedOn", this.swots.today().minusMonths(7).toString())
				.param("strengths", "老 SWOT 优势"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/accounts/{id}/swot", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("assessedOn", this.swots.today().toString())
				.param("strengths", "交期稳定，本地服务快")
				.param("threats", "博世降价 10%"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/swot"))
			.andExpect(flash().attribute("flashSuccess", "swot.saved"));

		this.mvc.perform(get("/accounts/{id}/swot", this.account).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-quadrant=\"strengths\".*交期稳定，本地服务快.*"
					+ "data-quadrant=\"threats\".*博世降价 10%.*id=\"swot-earlier\".*老 SWOT 优势.*")))
			.andExpect(content().string(not(containsString("data-testid=\"swot-due\""))))
			.andExpect(content().string(not(containsString("data-testid=\"swot-latest-due\""))))
			.andExpect(content().string(containsString("以前的 SWOT 分析（1 次）")));
		assertThat(accountHistory()).extracting(HistoryRow::field, HistoryRow::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple(SwotService.ADDED_FIELD, this.swots.today().toString()));
	}

	@Test
	void anEmptyOrFutureSwotIsShownAgainWithTheReasonsAndNothingSaved() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/swot", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("assessedOn", this.swots.today().plusDays(1).toString())
				.param("strengths", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少填写一项")))
			.andExpect(content()
				.string(matchesPattern("(?s).*data-error-for=\"assessedOn\">\\s*<span[^>]*>分析日期不能晚于今天.*")));
		assertThat(this.swots.swotsOf(this.account, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnTheTabItsCommandsAndTheApi() throws Exception {
		this.mvc.perform(get("/accounts/{id}/swot", this.account).with(as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(
				post("/accounts/{id}/swot", this.account).with(as("rep.wang")).with(csrf()).param("strengths", "偷看"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/accounts/{id}/competitors/new", this.account).with(as("rep.wang"))
				.with(csrf())
				.param("name", "某对手" + code()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/{id}/swots", this.account).with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/accounts/{id}/swots", this.account).with(httpBasic("rep.wang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strengths\": \"偷看\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/{id}/competitors", this.account).with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
		assertThat(this.swots.swotsOf(this.account, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void competitorsAreAddedNewOrExistingRepositionedAndRemovedWithTheAccountsHistory() throws Exception {
		String existing = "电装" + code();
		long existingId = this.competitors.create(new CompetitorDetails(existing, "冷凝器", "品牌强", "价格高", null),
				viewer("rep.li"));
		String created = "博世" + code();

		this.mvc
			.perform(post("/accounts/{id}/competitors/new", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("name", created)
				.param("products", "散热器")
				.param("position", "现有主力供应商，份额约 60%"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/swot#competitors"));
		this.mvc
			.perform(post("/accounts/{id}/competitors", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("competitorId", Long.toString(existingId))
				.param("position", "二号供应商"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/accounts/{id}/competitors/{cid}/position", this.account, existingId).with(as("rep.zhang"))
				.with(csrf())
				.param("position", "已出局"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "competitor.presence.updated"));

		this.mvc.perform(get("/accounts/{id}/swot", this.account).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(created)))
			.andExpect(content().string(containsString("现有主力供应商，份额约 60%")))
			.andExpect(content().string(containsString("value=\"已出局\"")))
			.andExpect(content().string(containsString("品牌强")));
		this.mvc.perform(get("/api/v1/accounts/{id}/competitors", this.account).with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.name == '" + existing + "')].position").value("已出局"));

		this.mvc
			.perform(post("/accounts/{id}/competitors/{cid}/remove", this.account, existingId).with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.competitors.presencesAt(this.account, viewer("rep.zhang"))).extracting(PresenceRow::name)
			.containsExactly(created);
		assertThat(accountHistory()).extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple(CompetitorService.ACCOUNT_FIELD, null, created),
					org.assertj.core.groups.Tuple.tuple(CompetitorService.POSITION_FIELD, existing + ": 二号供应商",
							existing + ": 已出局"),
					org.assertj.core.groups.Tuple.tuple(CompetitorService.ACCOUNT_FIELD, existing, null));
	}

	@Test
	void aDuplicateOrNamelessNewCompetitorIsRefusedNextToTheNameAndNothingSaved() throws Exception {
		String name = "马勒" + code();
		this.competitors.create(new CompetitorDetails(name, null, null, null, null), viewer("rep.li"));

		this.mvc
			.perform(post("/accounts/{id}/competitors/new", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("name", name + "有限公司")
				.param("position", "主力"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesPattern("(?s).*data-error-for=\"name\">\\s*<span[^>]*>已有同名的竞争对手：" + name + "</span>.*")))
			.andExpect(content().string(containsString("value=\"主力\"")));
		this.mvc
			.perform(post("/accounts/{id}/competitors", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("position", "主力"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-error-for=\"competitorId\">\\s*<span[^>]*>必填.*")));
		assertThat(this.competitors.presencesAt(this.account, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theCompetitorListSearchesAndTheDetailPageEditsWithHistoryAndShowsOnlyVisibleAccounts() throws Exception {
		String name = "法雷奥" + code();
		long id = this.competitors.create(new CompetitorDetails(name, "热交换器", null, null, null), viewer("rep.li"));
		this.competitors.addPresence(this.account, id, "主力", viewer("rep.zhang"));

		this.mvc.perform(get("/competitors").param("q", name).with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-competitor-id=\"" + id + "\"")));
		this.mvc.perform(get("/competitors/{id}", id).with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"competitor-accounts-none\"")));
		this.mvc.perform(get("/competitors/{id}", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-account-id=\"" + this.account + "\"")));

		long version = this.competitors.show(id).version();
		this.mvc
			.perform(post("/competitors/{id}", id).with(as("rep.wang"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("name", name)
				.param("products", "热交换器、风扇")
				.param("localOrganisation", "上海办事处 3 人"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/competitors/" + id));
		assertThat(this.competitors.show(id).localOrganisation()).isEqualTo("上海办事处 3 人");
		assertThat(this.competitors.historyOf(id)).extracting(HistoryRow::field)
			.contains("competitor.products", "competitor.localOrganisation");

		this.mvc
			.perform(post("/competitors/{id}", id).with(as("rep.wang"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("name", name)
				.param("products", "过期的编辑"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("value=\"热交换器、风扇\"")));
		this.mvc
			.perform(post("/competitors/{id}", id).with(as("rep.wang"))
				.with(csrf())
				.param("version", Long.toString(version + 1))
				.param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-error-for=\"name\">\\s*<span[^>]*>必填.*")));
		assertThat(this.competitors.show(id).name()).isEqualTo(name);
	}

	@Test
	void competitorsOfAnOpportunityAreAddedAndRemovedBackOnTheAccountsOpportunities() throws Exception {
		long opportunity = opportunity();
		String name = "博格华纳" + code();
		long id = this.competitors.create(new CompetitorDetails(name, null, null, null, null), viewer("rep.li"));

		this.mvc
			.perform(post("/opportunities/{oid}/competitors", opportunity).with(as("rep.zhang"))
				.with(csrf())
				.param("competitorId", Long.toString(id)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/opportunities"))
			.andExpect(flash().attribute("flashSuccess", "competitor.deal.added"));
		assertThat(this.competitors.competitorsIn(opportunity, viewer("rep.zhang"))).extracting(PresenceRow::name)
			.containsExactly(name);
		this.mvc
			.perform(post("/opportunities/{oid}/competitors", opportunity).with(as("rep.zhang"))
				.with(csrf())
				.param("competitorId", Long.toString(id)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashError", "competitor.error.alreadyInDeal"));
		this.mvc
			.perform(post("/opportunities/{oid}/competitors", opportunity).with(as("rep.wang"))
				.with(csrf())
				.param("competitorId", Long.toString(id)))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/opportunities/{oid}/competitors/{cid}/remove", opportunity, id).with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/opportunities"));
		assertThat(this.competitors.competitorsIn(opportunity, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void competitorsChangedOnADealsPageGoBackToThatPage() throws Exception {
		long opportunity = opportunity();
		long id = this.competitors.create(new CompetitorDetails("马勒" + code(), null, null, null, null),
				viewer("rep.li"));
		this.mvc
			.perform(post("/opportunities/{oid}/competitors", opportunity).with(as("rep.zhang"))
				.with(csrf())
				.param("competitorId", Long.toString(id))
				.param("returnTo", "deal"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + opportunity));
		this.mvc
			.perform(post("/opportunities/{oid}/competitors/{cid}/remove", opportunity, id).with(as("rep.zhang"))
				.with(csrf())
				.param("returnTo", "deal"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + opportunity));
		assertThat(this.competitors.competitorsIn(opportunity, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theApiListsAndAddsSwotsAndSearchesAndCreatesCompetitors() throws Exception {
		this.mvc
			.perform(post("/api/v1/accounts/{id}/swots", this.account).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assessedOn\": \"" + this.swots.today().minusDays(1) + "\", \"opportunities\": \"新工厂\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.opportunities").value("新工厂"))
			.andExpect(jsonPath("$.due").value(false));
		this.mvc.perform(get("/api/v1/accounts/{id}/swots", this.account).with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].assessedOn").value(this.swots.today().minusDays(1).toString()));
		this.mvc
			.perform(post("/api/v1/accounts/{id}/swots", this.account).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"strengths\": \"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("swot.error.empty"));

		String name = "日立" + code();
		this.mvc
			.perform(post("/api/v1/competitors").with(httpBasic("rep.wang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"products\": \"压缩机\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name));
		this.mvc
			.perform(post("/api/v1/competitors").with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("name"))
			.andExpect(jsonPath("$.violations[0].code").value("competitor.error.duplicate"));
		this.mvc.perform(get("/api/v1/competitors").param("q", name).with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].products").value("压缩机"))
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	private long opportunity() {
		return this.transactions.execute((status) -> {
			Opportunity opportunity = new Opportunity(OpportunityDetails.named("新平台散热器"),
					this.entityManager.find(Account.class, this.account), null, 5, Actor.system("test"), Instant.now());
			this.entityManager.persist(opportunity);
			return opportunity.getId();
		});
	}

	private java.util.List<HistoryRow> accountHistory() {
		return this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, this.account));
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String code() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}

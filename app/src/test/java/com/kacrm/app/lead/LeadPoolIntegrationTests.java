package com.kacrm.app.lead;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.lead.LeadPoolService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.pool.PoolRuleEdit;
import com.kacrm.persistence.pool.PoolRuleRow;
import com.kacrm.persistence.pool.PoolRuleService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.kacrm.app.test.FlashAttributes.flash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
 * The public pool from the lead's page and through the API: a Shenzhen rep claims and
 * returns a Shenzhen pool lead, a Shanghai rep cannot reach it, the holding cap refuses a
 * claim with the reason, stale versions are refused. Leads are registered fresh in SZ by
 * the admin and given back to the pool at the end; a changed pool rule is restored.
 */
@CrmIntegrationTest
class LeadPoolIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadPoolService pool;

	@Autowired
	PoolRuleService poolRules;

	@Autowired
	HistoryService history;

	@Test
	void aShenzhenRepClaimsAPoolLeadOnItsPageAndGivesItBack() throws Exception {
		long id = pooledLead(Tier.D);
		this.mvc.perform(get("/leads/{id}", id).with(as("rep.li")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/leads/" + id + "/claim\"")))
			.andExpect(content().string(not(containsString("data-pool-release"))));
		this.mvc
			.perform(post("/leads/{id}/claim", id).param("version", String.valueOf(version(id)))
				.with(as("rep.li"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/leads/" + id))
			.andExpect(flash().attribute("flashSuccess", "pool.claimed"));
		LeadView claimed = this.sheet.show(id, viewer("admin"));
		this.mvc.perform(get("/leads/{id}", id).with(as("rep.li")).with(flash("poolErrors", List.of("理由一"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/leads/" + id + "/release\"")))
			.andExpect(content().string(containsString("理由一")))
			.andExpect(content().string(not(containsString("data-pool-claim"))));
		assertThat(claimed.ownerUsername()).isEqualTo("rep.li");
		assertThat(claimed.status()).isEqualTo(LeadStatus.ASSIGNED);
		assertThat(this.pool.status(id, viewer("rep.li")).returnsOn()).isNotNull();
		assertThat(historyOf(id)).filteredOn((row) -> LeadPoolService.CLAIM_REASON.equals(row.reason()))
			.extracting(HistoryRow::field)
			.contains("lead.owner", "lead.status");

		this.mvc
			.perform(post("/leads/{id}/release", id).param("version", String.valueOf(claimed.version()))
				.param("reason", " ")
				.with(as("rep.li"))
				.with(csrf()))
			.andExpect(redirectedUrl("/leads/" + id))
			.andExpect(flash().attribute("flashError", "pool.releaseRefused"))
			.andExpect(flash().attribute("poolErrors", List.of("请填写退回原因。")));
		this.mvc
			.perform(post("/leads/{id}/release", id).param("version", String.valueOf(claimed.version()))
				.param("reason", "客户暂无需求")
				.with(as("rep.li"))
				.with(csrf()))
			.andExpect(redirectedUrl("/leads/" + id))
			.andExpect(flash().attribute("flashSuccess", "pool.released"));
		assertThat(this.sheet.show(id, viewer("admin")).status()).isEqualTo(LeadStatus.NEW);
		assertThat(historyOf(id)).extracting(HistoryRow::reason).contains("客户暂无需求");

		this.mvc
			.perform(post("/leads/{id}/claim", id).param("version", String.valueOf(version(id)))
				.with(as("rep.li"))
				.with(csrf()))
			.andExpect(redirectedUrl("/leads/" + id))
			.andExpect(flash().attribute("flashError", "pool.claimRefused"))
			.andExpect(flash().attribute("poolErrors", contains(org.hamcrest.Matchers.startsWith("您退回过该线索"))));
	}

	@Test
	void aShanghaiRepCannotReachAShenzhenPoolLeadAndStaleClaimsAreRefused() throws Exception {
		long id = pooledLead(Tier.D);
		this.mvc
			.perform(post("/leads/{id}/claim", id).param("version", String.valueOf(version(id)))
				.with(as("rep.wang"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/leads/{id}/claim", id).param("version", String.valueOf(version(id) - 1))
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl("/leads/" + id))
			.andExpect(flash().attribute("flashError", "form.conflict"));
		this.mvc
			.perform(post("/leads/{id}/claim", id).param("version", String.valueOf(version(id)))
				.with(as("admin"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.sheet.show(id, viewer("admin")).status()).isEqualTo(LeadStatus.NEW);
	}

	@Test
	void theApiRefusesAClaimOverTheCapWithTheReasonAndClaimsWithinIt() throws Exception {
		long held = ownedLead(Tier.C, "rep.li");
		long id = pooledLead(Tier.C);
		PoolRuleRow c = this.poolRules.rules().get(Tier.C.ordinal());
		PoolRuleSettings seeded = c.settings();
		setCapOfC(c.version(), 1, seeded);
		try {
			this.mvc
				.perform(post("/api/v1/leads/{id}/claim", id).with(httpBasic("rep.li", "demo1234"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":" + version(id) + "}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.violations[0].code").value("pool.error.capReached"));
		}
		finally {
			setCapOfC(this.poolRules.rules().get(Tier.C.ordinal()).version(), seeded.holdingCap(), seeded);
		}
		this.mvc
			.perform(post("/api/v1/leads/{id}/claim", id).with(httpBasic("rep.wang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version(id) + "}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/leads/{id}/claim", id).with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version(id) + "}"))
			.andExpect(status().isForbidden());
		long before = version(id);
		this.mvc
			.perform(post("/api/v1/leads/{id}/claim", id).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + before + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.ownerUsername").value("rep.li"))
			.andExpect(jsonPath("$.version").value(version(id)));
		this.mvc
			.perform(post("/api/v1/leads/{id}/release", id).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + before + ",\"reason\":\"过期版本\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/leads/{id}/release", id).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version(id) + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reason"));
		this.mvc
			.perform(post("/api/v1/leads/{id}/release", id).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version(id) + ",\"reason\":\"客户已被集团收购\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NEW"));
		this.pool.release(held, version(held), "测试结束", viewer("rep.li"));
	}

	private void setCapOfC(long version, Integer cap, PoolRuleSettings seeded) {
		this.poolRules.update(
				List.of(new PoolRuleEdit(Tier.C, version, new PoolRuleSettings(seeded.contactDays(),
						seeded.progressDays(), seeded.warningDays(), cap, seeded.cooldownDays()))),
				Actor.system("test"));
	}

	private long pooledLead(Tier tier) {
		return this.leads.register(newLead(tier, null), viewer("admin"), true).id();
	}

	private long ownedLead(Tier tier, String owner) {
		return this.leads.register(newLead(tier, owner), viewer("admin"), true).id();
	}

	private static NewLead newLead(Tier tier, String owner) {
		String name = "公海测试" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		return new NewLead(name, "SZ", "AUTO_PARTS", 10, new BigDecimal("60000"), tier, "测试分类", "INTERNET_SEARCH", null,
				null, owner, null);
	}

	private long version(long id) {
		return this.sheet.show(id, viewer("admin")).version();
	}

	private List<HistoryRow> historyOf(long id) {
		return this.history.latestOf(new HistorySubject(LeadService.LEAD, id));
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}

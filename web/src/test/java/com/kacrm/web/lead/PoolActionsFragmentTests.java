package com.kacrm.web.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.lead.LeadPermissions;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.PoolStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pool actions on a lead's page: the claim button with the holding and the cooldown
 * for a pooled lead, the release form and the return date for an owned one, and the
 * reasons of a refusal.
 */
@WebMvcTest(PoolActionsFragmentTests.Host.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PoolActionsFragmentTests.Host.class)
class PoolActionsFragmentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPooledLeadShowsTheClaimButtonTheHoldingAndTheCooldown() throws Exception {
		this.mvc.perform(get("/test/pool-actions").param("pooled", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-pool-claim"), containsString("action=\"/leads/7/claim\""),
						containsString("name=\"version\" value=\"3\""), containsString("已持有 2 / 2 条 C 类线索"),
						containsString("冷却期至 2026-12-08"), not(containsString("data-pool-release")),
						not(containsString("data-pool-returns-on")), containsString("已达到上限"))));
	}

	@Test
	void anOwnedLeadShowsTheReleaseFormAndWhenItReturns() throws Exception {
		this.mvc.perform(get("/test/pool-actions").param("pooled", "false"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-pool-release"), containsString("action=\"/leads/7/release\""),
						containsString("name=\"reason\""), containsString("如无联系，将于 2026-12-23 退回公海"),
						not(containsString("data-pool-claim")), not(containsString("data-pool-errors")))));
	}

	@Controller
	static class Host {

		@GetMapping("/test/pool-actions")
		String show(@RequestParam boolean pooled, Model model) {
			model.addAttribute("lead", lead(pooled));
			if (pooled) {
				model.addAttribute("poolStatus", new PoolStatus(Tier.C, null, null, 2, 2L, LocalDate.of(2026, 12, 8)));
				model.addAttribute("poolErrors", List.of("C 类线索最多可持有 2 条，您已达到上限。"));
			}
			else {
				model.addAttribute("poolStatus", new PoolStatus(Tier.C, LocalDate.of(2026, 12, 16),
						LocalDate.of(2026, 12, 23), null, null, null));
			}
			return "test/pool-actions-host";
		}

		private static LeadView lead(boolean pooled) {
			LocalizedName region = new LocalizedName("深圳", "Shenzhen");
			LeadPermissions can = new LeadPermissions(!pooled, false, !pooled, !pooled, !pooled, pooled, !pooled);
			return new LeadView(7, 3, "SZ-2026-00007", "华达汽配", "SZ", region, null, null, null, null, Tier.C, false, 1,
					null, null, null, null, pooled ? LeadStatus.NEW : LeadStatus.ASSIGNED, null, Instant.now(), "管理员",
					pooled ? null : "rep.li", pooled ? null : "李娜", null, null, null, null, null, null, null, can);
		}

	}

}

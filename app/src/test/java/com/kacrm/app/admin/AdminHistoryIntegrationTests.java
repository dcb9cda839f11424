package com.kacrm.app.admin;

import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit list of reference data: who changed which field of which record when, from
 * what to what, filterable by kind of record, in the reader's language.
 */
@CrmIntegrationTest
class AdminHistoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	HistoryService history;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theAuditListShowsWhoChangedWhatFromWhatToWhatAndFiltersByKind() throws Exception {
		String label = "审计测试行业" + System.nanoTime();
		this.transactions
			.executeWithoutResult((status) -> this.history.record(new HistorySubject("INDUSTRY", -1L, label),
					List.of(FieldChange.of("industry.strategyClass", "SECONDARY", "MAINSTREAM")),
					new Actor(null, "审计员"), "重新评估"));

		this.mvc
			.perform(get("/admin/history").param("type", "INDUSTRY").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("行业 " + label), containsString("审计员"),
					containsString("次主流行业"), containsString("主流行业"), containsString("重新评估"))));
		this.mvc
			.perform(get("/admin/history").param("type", "LEAD_SOURCE")
				.param("lang", "en")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Change history"), not(containsString(label)))));
	}

}

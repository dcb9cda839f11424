package com.kacrm.app.agenda;

import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.persistence.activity.OverdueAccount;
import com.kacrm.persistence.activity.OverdueChoices;
import com.kacrm.persistence.activity.OverdueList;
import com.kacrm.persistence.activity.OverdueTally;
import com.kacrm.persistence.lead.ConversionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The accounts overdue for contact: each tier's interval from the criteria in force, the
 * most overdue first, the tallies per rep and per team; a rep sees their team's accounts
 * (their own by default), a manager their teams', an admin all.
 */
@CrmIntegrationTest
class OverdueListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CadenceService cadence;

	AgendaWorld world;

	@BeforeEach
	void world() {
		this.world = new AgendaWorld(this.context);
	}

	@Test
	void theListMatchesTheTierCadencesMostOverdueFirst() throws Exception {
		Map<Tier, Integer> days = this.cadence.cadence().intervals();
		ConversionResult a = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("A类超期5天"));
		ConversionResult b = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("B类超期20天"));
		ConversionResult c = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("C类未到期"));
		ConversionResult d = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("D类从未联系"));
		this.world.contact(a.accountId(), Tier.A, days.get(Tier.A) + 5, 500);
		this.world.contact(b.accountId(), Tier.B, days.get(Tier.B) + 20, 500);
		this.world.contact(c.accountId(), Tier.C, days.get(Tier.C) - 3, 500);
		this.world.contact(d.accountId(), Tier.D, null, days.get(Tier.D) + 8);

		MvcResult result = this.mvc
			.perform(get("/visits/overdue").param("size", "200").with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("agenda/overdue"))
			.andReturn();

		OverdueList list = list(result);
		List<OverdueAccount> rows = list.accounts().getContent();
		assertThat(rows).extracting(OverdueAccount::accountId)
			.contains(a.accountId(), b.accountId(), d.accountId())
			.doesNotContain(c.accountId());
		assertThat(row(rows, a.accountId()).daysOverdue()).isEqualTo(5);
		assertThat(row(rows, a.accountId()).intervalDays()).isEqualTo(days.get(Tier.A));
		assertThat(row(rows, b.accountId()).daysOverdue()).isEqualTo(20);
		assertThat(row(rows, d.accountId()).daysOverdue()).isEqualTo(8);
		assertThat(row(rows, d.accountId()).lastContactedAt()).isNull();
		assertThat(rows).extracting(OverdueAccount::daysOverdue).isSortedAccordingTo((x, y) -> Long.compare(y, x));
		assertThat(rows.indexOf(row(rows, b.accountId()))).isLessThan(rows.indexOf(row(rows, d.accountId())));
		assertThat(rows.indexOf(row(rows, d.accountId()))).isLessThan(rows.indexOf(row(rows, a.accountId())));
		long zhang = this.world.userId("rep.zhang");
		assertThat(rows).allMatch((row) -> Long.valueOf(zhang).equals(row.ownerId()));
		assertThat(list.byOwner()).extracting(OverdueTally::id).containsExactly(zhang);

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("从未联系", "href=\"/visits/new?account=" + a.accountId() + "\"", "记录拜访");
		assertThat(html).contains("A 类每 " + days.get(Tier.A) + " 天", "D 类每 " + days.get(Tier.D) + " 天");
	}

	@Test
	void aRepSeesTheirTeamsAccountsWhenAskedButNeverAnotherTeams() throws Exception {
		ConversionResult teammates = this.world.account("rep.li", "SZ", AgendaWorld.unique("同组超期客户"));
		ConversionResult otherTeams = this.world.account("rep.wang", "SH", AgendaWorld.unique("外组超期客户"));
		this.world.contact(teammates.accountId(), Tier.A, 300, 400);
		this.world.contact(otherTeams.accountId(), Tier.A, 300, 400);

		OverdueList all = list(this.mvc
			.perform(get("/visits/overdue").param("owner", "all").param("size", "200").with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(all.accounts().getContent()).extracting(OverdueAccount::accountId)
			.contains(teammates.accountId())
			.doesNotContain(otherTeams.accountId());
		assertThat(all.byTeam()).extracting(OverdueTally::id).containsExactly(this.world.teamId("rep.zhang"));

		long shTeam = this.world.teamId("rep.wang");
		MvcResult forged = this.mvc
			.perform(get("/visits/overdue").param("owner", "all")
				.param("team", String.valueOf(shTeam))
				.with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(list(forged).accounts().getContent()).isEmpty();
		OverdueChoices choices = (OverdueChoices) forged.getModelAndView().getModel().get("choices");
		assertThat(choices.teams()).extracting(OverdueChoices.Team::id).doesNotContain(shTeam);
		assertThat(choices.owners()).extracting(OverdueChoices.Owner::id)
			.contains(this.world.userId("rep.zhang"), this.world.userId("rep.li"))
			.doesNotContain(this.world.userId("rep.wang"));

		OverdueList mine = list(
				this.mvc.perform(get("/visits/overdue").param("size", "200").with(this.world.as("rep.zhang")))
					.andReturn());
		assertThat(mine.accounts().getContent()).extracting(OverdueAccount::accountId)
			.doesNotContain(teammates.accountId());
	}

	@Test
	void aManagerSeesTheirTeamsAndAnAdminEveryTeam() throws Exception {
		ConversionResult south = this.world.account("rep.li", "SZ", AgendaWorld.unique("华南超期客户"));
		ConversionResult east = this.world.account("rep.wang", "SH", AgendaWorld.unique("华东超期客户"));
		this.world.contact(south.accountId(), Tier.B, 400, 500);
		this.world.contact(east.accountId(), Tier.B, 400, 500);

		OverdueList manager = list(
				this.mvc.perform(get("/visits/overdue").param("size", "200").with(this.world.as("manager.south")))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(manager.accounts().getContent()).extracting(OverdueAccount::accountId)
			.contains(south.accountId())
			.doesNotContain(east.accountId());
		assertThat(manager.byTeam()).extracting(OverdueTally::id).containsExactly(this.world.teamId("rep.li"));

		OverdueList admin = list(this.mvc
			.perform(get("/visits/overdue").param("owner", String.valueOf(this.world.userId("rep.wang")))
				.param("size", "200")
				.with(this.world.as("admin")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(admin.accounts().getContent()).extracting(OverdueAccount::accountId).contains(east.accountId());
		OverdueList adminByTeam = list(this.mvc
			.perform(get("/visits/overdue").param("team", String.valueOf(this.world.teamId("rep.li")))
				.param("size", "200")
				.with(this.world.as("admin")))
			.andReturn());
		assertThat(adminByTeam.accounts().getContent()).extracting(OverdueAccount::accountId)
			.contains(south.accountId())
			.doesNotContain(east.accountId());
		OverdueTally tally = adminByTeam.byTeam().get(0);
		assertThat(tally.overdue()).isPositive().isLessThanOrEqualTo(tally.accounts());
	}

	private static OverdueList list(MvcResult result) {
		return (OverdueList) result.getModelAndView().getModel().get("list");
	}

	private static OverdueAccount row(List<OverdueAccount> rows, long accountId) {
		return rows.stream().filter((row) -> row.accountId() == accountId).findFirst().orElseThrow();
	}

}

package com.kacrm.app.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.playbook.Milestone;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel (issue 9) against a hand count: the deals of a scope read one by one with
 * their moves and counted in Java, compared with what the API, the screen and the export
 * show; filters and scopes change the figures as they should.
 */
@CrmIntegrationTest
class FunnelIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theFunnelsNumbersMatchAHandCountOfTheManagersTeams() throws Exception {
		LocalDate to = LocalDate.now(ZONE);
		LocalDate from = to.minusYears(1).plusDays(1);
		List<Deal> deals = dealsWhere("o.team_id in (select t.id from team t join app_user m on m.id = t.manager_id"
				+ " where m.username = 'manager.south')");
		assertThat(deals).as("demo deals of team south").isNotEmpty();

		JsonNode answer = api("manager.south", "");

		assertThat(answer.get("filter").get("from").asString()).isEqualTo(from.toString());
		assertThat(answer.get("filter").get("to").asString()).isEqualTo(to.toString());
		Map<Milestone, Expected> expected = handCount(deals, from, to);
		assertThat(expected.values()).as("the demo deals move within the period")
			.anySatisfy((stage) -> assertThat(stage.cohort).isPositive())
			.anySatisfy((stage) -> assertThat(stage.days).isNotEmpty());
		assertMatches(answer, expected);
	}

	@Test
	void aRepsFunnelCoversOnlyTheirOwnDeals() throws Exception {
		LocalDate to = LocalDate.now(ZONE);
		LocalDate from = to.minusYears(1).plusDays(1);
		List<Deal> own = dealsWhere("o.owner_id = (select id from app_user where username = 'rep.zhang')");

		JsonNode rep = api("rep.zhang", "");
		JsonNode manager = api("manager.south", "");
		long repId = this.jdbc.sql("select id from app_user where username = 'rep.li'").query(Long.class).single();
		JsonNode repFilteringAnother = api("rep.zhang", "owner=" + repId);

		assertMatches(rep, handCount(own, from, to));
		assertThat(rep.get("totals").get("count").asLong()).isLessThan(manager.get("totals").get("count").asLong());
		assertThat(repFilteringAnother.get("totals").get("count").asLong()).isZero();
	}

	@Test
	void industryAndTierFiltersChangeTheFiguresAsAHandCountDoes() throws Exception {
		LocalDate to = LocalDate.now(ZONE);
		LocalDate from = to.minusYears(1).plusDays(1);
		String south = "o.team_id in (select t.id from team t join app_user m on m.id = t.manager_id"
				+ " where m.username = 'manager.south')";
		Map<String, Object> sample = this.jdbc
			.sql("select a.industry_id, a.tier from opportunity o join account a on a.id = o.account_id where " + south
					+ " and o.status in ('OPEN', 'WON') and a.industry_id is not null and a.tier is not null"
					+ " order by o.id limit 1")
			.query()
			.singleRow();
		long industry = ((Number) sample.get("industry_id")).longValue();
		String tier = sample.get("tier").toString().trim();

		assertMatches(api("manager.south", "industry=" + industry),
				handCount(dealsWhere(south + " and a.industry_id = " + industry), from, to));
		assertMatches(api("manager.south", "tier=" + tier),
				handCount(dealsWhere(south + " and a.tier = '" + tier + "'"), from, to));
	}

	@Test
	void anotherTeamsIdShowsNothingOfThatTeam() throws Exception {
		long east = this.jdbc
			.sql("select t.id from team t join app_user m on m.id = t.manager_id where m.username = 'manager.east'")
			.query(Long.class)
			.single();
		assertThat(api("manager.east", "").get("totals").get("count").asLong()).isPositive();

		JsonNode answer = api("manager.south", "team=" + east);

		assertThat(answer.get("totals").get("count").asLong()).isZero();
		for (JsonNode stage : answer.get("stages")) {
			assertThat(stage.get("count").asLong()).isZero();
			assertThat(stage.get("cohort").asLong()).isZero();
		}
		assertThat(answer.get("stalled").get("total").asLong()).isZero();
	}

	@Test
	void theScreenShowsEightMilestonesAndTheStalledDealsForEveryRole() throws Exception {
		for (String username : List.of("rep.zhang", "manager.south", "admin")) {
			this.mvc.perform(get("/funnel").with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"funnel-chart\"")))
				.andExpect(content().string(containsString("data-milestone=\"DELIVERY_AND_PAYMENT\"")))
				.andExpect(content().string(containsString("/opportunities?milestone=NEGOTIATION")))
				.andExpect(content().string(containsString("name=\"stalledDays\"")));
		}
		this.mvc.perform(get("/funnel").param("stalledDays", "1").param("tier", "A").with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1\"")))
			.andExpect(content().string(containsString("stalledDays=1")))
			.andExpect(content().string(containsString("tier=A")));
	}

	@Test
	void theExportsCellsEqualTheApisNumbers() throws Exception {
		JsonNode answer = api("manager.south", "stalledDays=1");
		byte[] xlsx = this.mvc.perform(get("/funnel/export.xlsx?stalledDays=1").with(as("manager.south")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getSheets().toList().get(0).read();
			assertThat(rows.get(1).getCellText(0)).isEqualTo("里程碑");
			for (int i = 0; i < 8; i++) {
				JsonNode stage = answer.get("stages").get(i);
				Row row = rows.get(2 + i);
				assertThat(row.getCellText(0)).isEqualTo(milestoneLabel(i));
				assertThat(row.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(decimal(stage.get("count")));
				assertThat(row.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(decimal(stage.get("amount")));
				assertThat(row.getCellAsNumber(3).orElseThrow())
					.isEqualByComparingTo(decimal(stage.get("weightedAmount")));
				if (stage.get("conversionRate").isNull()) {
					assertThat(row.getCellAsNumber(4)).isEmpty();
				}
				else {
					assertThat(row.getCellAsNumber(4).orElseThrow())
						.isEqualByComparingTo(decimal(stage.get("conversionRate")));
				}
				assertThat(row.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(decimal(stage.get("cohort")));
				if (!stage.get("avgDays").isNull()) {
					assertThat(row.getCellAsNumber(6).orElseThrow())
						.isEqualByComparingTo(decimal(stage.get("avgDays")));
					assertThat(row.getCellAsNumber(7).orElseThrow())
						.isEqualByComparingTo(decimal(stage.get("medianDays")));
				}
			}
			Row totals = rows.get(10);
			assertThat(totals.getCellText(0)).isEqualTo("合计");
			assertThat(totals.getCellAsNumber(1).orElseThrow())
				.isEqualByComparingTo(decimal(answer.get("totals").get("count")));
			assertThat(totals.getCellAsNumber(2).orElseThrow())
				.isEqualByComparingTo(decimal(answer.get("totals").get("amount")));
			List<Row> stalled = workbook.getSheets().toList().get(1).read();
			long total = answer.get("stalled").get("total").asLong();
			assertThat(total).isPositive();
			assertThat(stalled).hasSize(2 + (int) Math.min(total, 100));
		}
	}

	private String milestoneLabel(int index) {
		return List.of("行业与客户规划", "电话预约与上门拜访", "项目立项", "深度接触", "方案设计与投标", "商务谈判", "签约成交", "交付与回款").get(index);
	}

	private JsonNode api(String username, String query) throws Exception {
		String body = this.mvc.perform(get("/api/v1/reports/funnel?" + query).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static BigDecimal decimal(JsonNode node) {
		return new BigDecimal(node.toString());
	}

	private static void assertMatches(JsonNode answer, Map<Milestone, Expected> expected) {
		JsonNode stages = answer.get("stages");
		assertThat(stages).hasSize(8);
		long count = 0;
		BigDecimal amount = BigDecimal.ZERO;
		for (Milestone milestone : Milestone.values()) {
			JsonNode stage = stages.get(milestone.ordinal());
			Expected hand = expected.get(milestone);
			String what = milestone.name();
			assertThat(stage.get("milestone").asString()).isEqualTo(what);
			assertThat(stage.get("count").asLong()).as(what + " count").isEqualTo(hand.count);
			assertThat(decimal(stage.get("amount"))).as(what + " amount").isEqualByComparingTo(hand.amount);
			assertThat(decimal(stage.get("weightedAmount"))).as(what + " weighted")
				.isEqualByComparingTo(hand.weighted.setScale(2, RoundingMode.HALF_UP));
			assertThat(stage.get("cohort").asLong()).as(what + " cohort").isEqualTo(hand.cohort);
			if (milestone.isLast() || hand.cohort == 0) {
				assertThat(stage.get("conversionRate").isNull()).as(what + " conversion").isTrue();
			}
			else {
				assertThat(decimal(stage.get("conversionRate"))).as(what + " conversion")
					.isEqualByComparingTo(BigDecimal.valueOf(hand.converted)
						.divide(BigDecimal.valueOf(hand.cohort), 4, RoundingMode.HALF_UP));
			}
			if (hand.days.isEmpty()) {
				assertThat(stage.get("avgDays").isNull()).as(what + " avg days").isTrue();
			}
			else {
				assertThat(decimal(stage.get("avgDays"))).as(what + " avg days").isEqualByComparingTo(hand.avgDays());
				assertThat(decimal(stage.get("medianDays"))).as(what + " median days")
					.isEqualByComparingTo(hand.medianDays());
			}
			count += hand.count;
			amount = amount.add(hand.amount);
		}
		assertThat(answer.get("totals").get("count").asLong()).isEqualTo(count);
		assertThat(decimal(answer.get("totals").get("amount"))).isEqualByComparingTo(amount);
	}

	/**
	 * The deals matching {@code condition} (aliases o and a), each with its moves in time
	 * order.
	 */
	private List<Deal> dealsWhere(String condition) {
		List<Deal> deals = this.jdbc.sql(
				"select o.id, o.milestone, o.status, o.estimated_amount, o.contract_amount, o.probability, o.created_at"
						+ " from opportunity o join account a on a.id = o.account_id where " + condition)
			.query((rs, n) -> new Deal(rs.getLong("id"), Milestone.valueOf(rs.getString("milestone")),
					rs.getString("status"), rs.getBigDecimal("estimated_amount"), rs.getBigDecimal("contract_amount"),
					rs.getInt("probability"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					new ArrayList<>()))
			.list();
		for (Deal deal : deals) {
			deal.moves()
				.addAll(this.jdbc
					.sql("select id, kind, from_milestone, to_milestone, moved_at from milestone_move"
							+ " where opportunity_id = :id order by moved_at, id")
					.param("id", deal.id())
					.query((rs, n) -> new Move(rs.getLong("id"), rs.getString("kind"),
							Milestone.valueOf(rs.getString("from_milestone")),
							Milestone.valueOf(rs.getString("to_milestone")),
							rs.getObject("moved_at", OffsetDateTime.class).toInstant()))
					.list());
		}
		return deals;
	}

	/** Counts the funnel by hand, deal by deal. */
	private static Map<Milestone, Expected> handCount(List<Deal> deals, LocalDate from, LocalDate to) {
		Map<Milestone, Expected> expected = new EnumMap<>(Milestone.class);
		for (Milestone milestone : Milestone.values()) {
			expected.put(milestone, new Expected());
		}
		for (Deal deal : deals) {
			if (deal.status().equals("OPEN") || deal.status().equals("WON")) {
				Expected at = expected.get(deal.milestone());
				BigDecimal amount = (deal.contract() != null) ? deal.contract()
						: (deal.estimate() != null) ? deal.estimate() : BigDecimal.ZERO;
				at.count++;
				at.amount = at.amount.add(amount);
				at.weighted = at.weighted.add(amount.multiply(BigDecimal.valueOf(deal.probability()))
					.divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP));
			}
			// cohorts: the first entry into each milestone within the period
			Map<Milestone, Instant> entries = new HashMap<>();
			if (inPeriod(deal.createdAt(), from, to)) {
				entries.put(Milestone.PLANNING, deal.createdAt());
			}
			for (Move move : deal.moves()) {
				if ((move.kind().equals("FORWARD") || move.kind().equals("OVERRIDE"))
						&& inPeriod(move.at(), from, to)) {
					entries.merge(move.to(), move.at(), (a, b) -> a.isBefore(b) ? a : b);
				}
			}
			entries.forEach((milestone, entered) -> {
				Expected stage = expected.get(milestone);
				stage.cohort++;
				boolean converted = deal.moves()
					.stream()
					.anyMatch((move) -> (move.kind().equals("FORWARD") || move.kind().equals("OVERRIDE"))
							&& !move.at().isBefore(entered) && move.to().ordinal() > milestone.ordinal());
				if (converted) {
					stage.converted++;
				}
			});
			// stays: from one change of milestone to the next, counted when they ended in
			// the period
			Milestone current = Milestone.PLANNING;
			Instant since = deal.createdAt();
			List<Move> changes = deal.moves()
				.stream()
				.filter((move) -> move.from() != move.to())
				.sorted(Comparator.comparing(Move::at).thenComparing(Move::id))
				.toList();
			for (Move change : changes) {
				if (inPeriod(change.at(), from, to)) {
					expected.get(current).days.add((change.at().toEpochMilli() - since.toEpochMilli()) / 86_400_000.0);
				}
				current = change.to();
				since = change.at();
			}
		}
		return expected;
	}

	private static boolean inPeriod(Instant at, LocalDate from, LocalDate to) {
		LocalDate day = at.atZone(ZONE).toLocalDate();
		return !day.isBefore(from) && !day.isAfter(to);
	}

	record Deal(long id, Milestone milestone, String status, BigDecimal estimate, BigDecimal contract, int probability,
			Instant createdAt, List<Move> moves) {

	}

	record Move(long id, String kind, Milestone from, Milestone to, Instant at) {

	}

	static final class Expected {

		long count;

		BigDecimal amount = BigDecimal.ZERO;

		BigDecimal weighted = BigDecimal.ZERO;

		long cohort;

		long converted;

		final List<Double> days = new ArrayList<>();

		BigDecimal avgDays() {
			double sum = this.days.stream().mapToDouble(Double::doubleValue).sum();
			return BigDecimal.valueOf(sum / this.days.size()).setScale(1, RoundingMode.HALF_UP);
		}

		BigDecimal medianDays() {
			List<Double> sorted = this.days.stream().sorted().toList();
			int n = sorted.size();
			double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
			return BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
		}

	}

}

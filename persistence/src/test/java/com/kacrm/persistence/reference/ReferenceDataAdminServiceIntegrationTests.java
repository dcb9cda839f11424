package com.kacrm.persistence.reference;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Industries and lead sources as the manual seeds them and as admins maintain them:
 * versions checked, history written, duplicates refused. Each service call commits on its
 * own, as in the application, so versions really move; the records a test creates (codes
 * {@code TEST_*}) and their history are removed afterwards.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ReferenceDataAdminServiceIntegrationTests {

	private static final Actor ADMIN = Actor.system("test");

	@Autowired
	ReferenceDataAdminService admin;

	@Autowired
	HistoryService history;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTestRecords() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update(
				"""
						delete from history_entry
						where (subject_type = 'INDUSTRY' and subject_id in (select id from industry where code like 'TEST\\_%'))
						   or (subject_type = 'LEAD_SOURCE' and subject_id in (select id from lead_source where code like 'TEST\\_%'))""");
		jdbc.update("delete from lead_source where code like 'TEST\\_%' and parent_id is not null");
		jdbc.update("delete from lead_source where code like 'TEST\\_%'");
		jdbc.update("delete from industry where code like 'TEST\\_%'");
	}

	@Test
	void seededReferenceDataMatchesTheManual() {
		Map<StrategyClass, List<String>> byClass = this.admin.industriesByClass()
			.stream()
			.collect(Collectors.groupingBy(IndustryRow::strategyClass,
					Collectors.mapping((row) -> row.name().zh(), Collectors.toList())));
		assertThat(byClass).containsOnly(entry(StrategyClass.MAINSTREAM, List.of("汽车配件", "散热器行业", "航空航天")),
				entry(StrategyClass.SECONDARY, List.of("铁路", "钢桶", "汽车整车", "电工器材", "钣金", "家电")),
				entry(StrategyClass.NON_MAINSTREAM, List.of("铁线制品", "家具", "链条")));
		assertThat(this.admin.industriesByClass()).allSatisfy((row) -> {
			assertThat(row.active()).isTrue();
			assertThat(row.strategy()).isEqualTo(row.strategyClass().manualStrategy());
		});
		assertThat(this.admin.industriesByClass()).filteredOn((row) -> row.code().equals("AUTO_PARTS"))
			.singleElement()
			.satisfies((row) -> assertThat(row.strategy().zh()).isEqualTo("重点进攻、大力发展"));

		List<LeadSourceRow> tree = this.admin.leadSourceTree();
		Map<String, String> names = tree.stream()
			.collect(Collectors.toMap(LeadSourceRow::code, (row) -> row.name().zh()));
		assertThat(tree.stream().filter(LeadSourceRow::topLevel).map((row) -> row.name().zh())).containsExactly("互联网",
				"媒体", "客户", "销售同行", "政府与行业年度总结报告");
		Map<String, List<String>> children = tree.stream()
			.filter((row) -> !row.topLevel())
			.collect(Collectors.groupingBy((row) -> names.get(row.parentCode()),
					Collectors.mapping((row) -> row.name().zh(), Collectors.toList())));
		assertThat(children).containsOnly(entry("互联网", List.of("专业项目网站", "重点客户网站", "搜索引擎", "目标行业网站新闻")),
				entry("媒体", List.of("行业报刊", "行业杂志", "地方报纸")), entry("客户", List.of("老客户引荐", "老客户内部项目清单", "新客户介绍")),
				entry("销售同行", List.of("其他厂家销售人员")));
	}

	@Test
	void aNewLeadSourceIsOfferedTheNextPlaceAmongItsSiblingsAsSeeded() {
		List<LeadSourceRow> tree = this.admin.leadSourceTree();
		LeadSourceRow internet = tree.stream().filter((row) -> row.code().equals("INTERNET")).findFirst().orElseThrow();
		int lastChannel = tree.stream()
			.filter(LeadSourceRow::topLevel)
			.mapToInt(LeadSourceRow::sortOrder)
			.max()
			.orElseThrow();
		int lastUnderInternet = tree.stream()
			.filter((row) -> internet.id().equals(row.parentId()))
			.mapToInt(LeadSourceRow::sortOrder)
			.max()
			.orElseThrow();
		assertThat(this.admin.nextLeadSourceSortOrder(null)).isEqualTo(lastChannel + 10);
		assertThat(this.admin.nextLeadSourceSortOrder(internet.id())).isEqualTo(lastUnderInternet + 1);
	}

	@Test
	void aNewIndustryWithoutStrategyTextGetsTheManualsTextOfItsClass() {
		long id = this.admin.createIndustry("TEST_PUMPS",
				new IndustryChange("测试水泵", "Test pumps", StrategyClass.SECONDARY, "", null, 200), ADMIN);
		IndustryRow row = this.admin.findIndustry(id).orElseThrow();
		assertThat(row.strategy()).isEqualTo(StrategyClass.SECONDARY.manualStrategy());
		assertThat(row.active()).isTrue();
		assertThat(historyOf("INDUSTRY", id)).extracting(HistoryRow::field)
			.contains("industry.code", "industry.nameZh", "industry.strategyClass", "industry.strategyZh");
	}

	@Test
	void updatingAnIndustryWritesItsHistory() {
		long id = this.admin.createIndustry("TEST_VALVES",
				new IndustryChange("测试阀门", null, StrategyClass.NON_MAINSTREAM, null, null, 210), ADMIN);
		long version = this.admin.findIndustry(id).orElseThrow().version();
		this.admin.updateIndustry(id, version,
				new IndustryChange("测试阀门", "Test valves", StrategyClass.MAINSTREAM, "华东重点开发", "Focus east", 210),
				new Actor(null, "王管理"));
		IndustryRow row = this.admin.findIndustry(id).orElseThrow();
		assertThat(row.strategyClass()).isEqualTo(StrategyClass.MAINSTREAM);
		assertThat(row.strategy().zh()).isEqualTo("华东重点开发");
		List<HistoryRow> changes = historyOf("INDUSTRY", id).stream()
			.filter((h) -> h.actorName().equals("王管理"))
			.toList();
		assertThat(changes).extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("industry.nameEn", null, "Test valves"),
					org.assertj.core.groups.Tuple.tuple("industry.strategyClass", "NON_MAINSTREAM", "MAINSTREAM"),
					org.assertj.core.groups.Tuple.tuple("industry.strategyZh", "顺其自然、选择进攻", "华东重点开发"),
					org.assertj.core.groups.Tuple.tuple("industry.strategyEn", "Opportunistic: attack selectively",
							"Focus east"));
	}

	@Test
	void anEditBasedOnAStaleVersionIsRefused() {
		long id = this.admin.createIndustry("TEST_STALE",
				new IndustryChange("测试并发", null, StrategyClass.SECONDARY, null, null, 220), ADMIN);
		long version = this.admin.findIndustry(id).orElseThrow().version();
		this.admin.updateIndustry(id, version,
				new IndustryChange("测试并发一", null, StrategyClass.SECONDARY, null, null, 220), ADMIN);
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.admin.updateIndustry(id, version,
				new IndustryChange("测试并发二", null, StrategyClass.SECONDARY, null, null, 220), ADMIN));
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.admin.setIndustryActive(id, version, false, ADMIN));
		assertThat(this.admin.findIndustry(id).orElseThrow().name().zh()).isEqualTo("测试并发一");
	}

	@Test
	void aDuplicateChineseNameOrCodeIsRefused() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createIndustry("CHAINS",
					new IndustryChange("链条", null, StrategyClass.SECONDARY, null, null, 1), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).containsExactlyInAnyOrder(
					Violation.of("code", "reference.code.duplicate", "CHAINS"),
					Violation.of("nameZh", "industry.nameZh.duplicate", "链条")));
		long id = this.admin.createIndustry("TEST_DUP",
				new IndustryChange("测试重名", null, StrategyClass.SECONDARY, null, null, 1), ADMIN);
		long version = this.admin.findIndustry(id).orElseThrow().version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.updateIndustry(id, version,
					new IndustryChange("家具", null, StrategyClass.SECONDARY, null, null, 1), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("nameZh"));
		// Keeping its own name is no duplicate.
		this.admin.updateIndustry(id, version,
				new IndustryChange("测试重名", "Renamed", StrategyClass.SECONDARY, null, null, 1), ADMIN);
	}

	@Test
	void deactivatingAnIndustryKeepsItAndWritesHistory() {
		long id = this.admin.createIndustry("TEST_OFF",
				new IndustryChange("测试停用", null, StrategyClass.SECONDARY, null, null, 1), ADMIN);
		this.admin.setIndustryActive(id, this.admin.findIndustry(id).orElseThrow().version(), false, ADMIN);
		assertThat(this.admin.findIndustry(id)).hasValueSatisfying((row) -> assertThat(row.active()).isFalse());
		assertThat(historyOf("INDUSTRY", id)).extracting(HistoryRow::field, HistoryRow::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple("industry.active", "false"));
	}

	@Test
	void leadSourcesHaveTwoLevelsAndUniqueNamesAmongSiblings() {
		long channel = this.admin.createLeadSource("TEST_FAIRS", null, new LeadSourceChange("测试展会", "Fairs", 60),
				ADMIN);
		long child = this.admin.createLeadSource("TEST_FAIRS_CANTON", channel,
				new LeadSourceChange("广交会", "Canton fair", 61), ADMIN);
		assertThat(this.admin.leadSourceTree()).extracting(LeadSourceRow::code)
			.containsSubsequence("TEST_FAIRS", "TEST_FAIRS_CANTON");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createLeadSource("TEST_FAIRS_THIRD", child,
					new LeadSourceChange("第三层", null, 1), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("leadSource.parent.notTopLevel"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createLeadSource("TEST_FAIRS_CANTON2", channel,
					new LeadSourceChange("广交会", null, 1), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("nameZh", "leadSource.name.duplicate", "广交会")));
		// The same name under another channel is fine, a taken code never.
		this.admin.createLeadSource("TEST_MEDIA_CANTON",
				this.admin.leadSourceTree()
					.stream()
					.filter((row) -> row.code().equals("MEDIA"))
					.findFirst()
					.orElseThrow()
					.id(),
				new LeadSourceChange("广交会", null, 29), ADMIN);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.admin.createLeadSource("INTERNET", null, new LeadSourceChange("另一个", null, 1), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("code"));
	}

	@Test
	void updatingALeadSourceIsVersionCheckedAndWritesHistory() {
		long id = this.admin.createLeadSource("TEST_EXPO", null, new LeadSourceChange("测试博览会", null, 70), ADMIN);
		long version = this.admin.findLeadSource(id).orElseThrow().version();
		this.admin.updateLeadSource(id, version, new LeadSourceChange("测试博览会", "Expo", 71), ADMIN);
		assertThat(historyOf("LEAD_SOURCE", id))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple("leadSource.nameEn", null, "Expo"),
					org.assertj.core.groups.Tuple.tuple("leadSource.sortOrder", "70", "71"));
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.admin.updateLeadSource(id, version, new LeadSourceChange("别的", null, 71), ADMIN));
	}

	@Test
	void deactivatingAChannelDeactivatesItsSources() {
		long channel = this.admin.createLeadSource("TEST_TV", null, new LeadSourceChange("测试电视", null, 80), ADMIN);
		long child = this.admin.createLeadSource("TEST_TV_ADS", channel, new LeadSourceChange("电视广告", null, 81), ADMIN);
		this.admin.setLeadSourceActive(channel, this.admin.findLeadSource(channel).orElseThrow().version(), false,
				ADMIN);
		assertThat(this.admin.findLeadSource(child)).hasValueSatisfying((row) -> assertThat(row.active()).isFalse());
		assertThat(this.admin.activeChannels()).extracting(LeadSourceRow::code).doesNotContain("TEST_TV");
		long childVersion = this.admin.findLeadSource(child).orElseThrow().version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.setLeadSourceActive(child, childVersion, true, ADMIN));
	}

	private List<HistoryRow> historyOf(String type, long id) {
		return this.history.historyOf(new HistorySubject(type, id), PageRequest.of(0, 100)).getContent();
	}

}

package com.kacrm.persistence;

import java.util.List;
import java.util.Map;

import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database and Hibernate accepts it
 * ({@code ddl-auto=validate} fails the context otherwise).
 */
@PersistenceTest
class MigrationsIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliesSuccessfullyOnAnEmptyDatabase() {
		List<Map<String, Object>> history = this.jdbc.queryForList(
				"select version, success from flyway_schema_history where version is not null order by installed_rank");
		assertThat(history).isNotEmpty();
		assertThat(history).allSatisfy((row) -> assertThat(row.get("success")).isEqualTo(true));
		assertThat(history).extracting((row) -> row.get("version")).startsWith("001", "002");
	}

	@Test
	void rolesAreReferenceDataOfTheSchema() {
		assertThat(this.jdbc.queryForList("select code from role order by sort_order", String.class))
			.containsExactly("REP", "MANAGER", "ADMIN");
	}

	@Test
	void seedIndustriesCarryTheManualsStrategyClasses() {
		Map<String, String> classByName = Map.of("汽车配件", "MAINSTREAM", "航空航天", "MAINSTREAM", "钢桶", "SECONDARY", "家电",
				"SECONDARY", "链条", "NON_MAINSTREAM");
		classByName.forEach((name,
				strategyClass) -> assertThat(this.jdbc
					.queryForObject("select strategy_class from industry where name_zh = ?", String.class, name))
					.as(name)
					.isEqualTo(strategyClass));
		assertThat(this.jdbc.queryForObject("select count(*) from industry", Integer.class)).isEqualTo(12);
	}

	@Test
	void leadSourcesFormTheManualsTwoLevelList() {
		assertThat(this.jdbc.queryForList("select name_zh from lead_source where parent_id is null order by sort_order",
				String.class))
			.containsExactly("互联网", "媒体", "客户", "销售同行", "政府与行业年度总结报告");
		assertThat(this.jdbc.queryForList("""
				select c.name_zh from lead_source c join lead_source p on p.id = c.parent_id
				where p.name_zh = '互联网' order by c.sort_order""", String.class)).containsExactly("专业项目网站", "重点客户网站",
				"搜索引擎", "目标行业网站新闻");
	}

	@Test
	void usernamesMustBeStoredInLowerCase() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, role, created_at)
				values ('Admin2', 'x', 'x', 'ADMIN', now())""")).hasMessageContaining("ck_app_user_username_lower");
	}

}

package com.kacrm.persistence.shared;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JpqlConditionsTests {

	@Test
	void startsWithTheFirstConditionAndJoinsTheOthersWithAnd() {
		JpqlConditions conditions = new JpqlConditions("1 = 1").add("l.owner is null")
			.add("l.status = :status", "status", "NEW");

		assertThat(conditions.where()).isEqualTo(" where 1 = 1 and l.owner is null and l.status = :status");
		assertThat(conditions.parameters()).containsExactly(Map.entry("status", "NEW"));
	}

	@Test
	void equalSkipsNullAndBlankButComparesOtherTextAsGiven() {
		JpqlConditions conditions = new JpqlConditions("1 = 1").equal("r.code", "region", null)
			.equal("i.code", "industry", "  ")
			.equal("s.code", "source", " WEB ")
			.equal("t.id", "team", 7L);

		assertThat(conditions.where()).isEqualTo(" where 1 = 1 and s.code = :source and t.id = :team");
		assertThat(conditions.parameters()).containsExactly(Map.entry("source", " WEB "), Map.entry("team", 7L));
	}

	@Test
	void equalTextComparesTheStrippedTextAndSkipsNullAndBlank() {
		JpqlConditions conditions = new JpqlConditions("1 = 1").equalText("r.code", "region", " NE ")
			.equalText("i.code", "industry", " ")
			.equalText("o.username", "owner", null);

		assertThat(conditions.where()).isEqualTo(" where 1 = 1 and r.code = :region");
		assertThat(conditions.parameters()).containsExactly(Map.entry("region", "NE"));
	}

	@Test
	void addIfPresentSkipsOnlyNull() {
		JpqlConditions conditions = new JpqlConditions("1 = 1").addIfPresent("o.amount >= :min", "min", null)
			.addIfPresent("s.code = :source", "source", "");

		assertThat(conditions.where()).isEqualTo(" where 1 = 1 and s.code = :source");
	}

	@Test
	void containsSearchesEveryPathForTheStrippedTextTakenLiterally() {
		JpqlConditions conditions = new JpqlConditions("1 = 1").contains("q", " 50%_off\\ ", "o.name", "a.name");

		assertThat(conditions.where())
			.isEqualTo(" where 1 = 1 and (o.name ilike :q escape '\\' or a.name ilike :q escape '\\')");
		assertThat(conditions.parameters()).containsExactly(Map.entry("q", "%50\\%\\_off\\\\%"));
	}

	@Test
	void containsAddsNothingForNoText() {
		JpqlConditions conditions = new JpqlConditions("x").contains("q", null, "a.name").contains("q", " ", "a.name");

		assertThat(conditions.where()).isEqualTo(" where x");
		assertThat(conditions.parameters()).isEmpty();
	}

	@Test
	void bindSetsEveryParameterOnTheQuery() {
		Map<String, Object> set = new LinkedHashMap<>();
		Query query = (Query) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Query.class },
				(proxy, method, args) -> {
					if (method.getName().equals("setParameter") && args[0] instanceof String name) {
						set.put(name, args[1]);
						return proxy;
					}
					throw new UnsupportedOperationException(method.getName());
				});

		Query bound = new JpqlConditions("1 = 1").add("t.id in :teams", "teams", List.of(1L, 2L))
			.add("o.id = :viewer or l.registrant.id = :viewer")
			.parameter("viewer", 5L)
			.bind(query);

		assertThat(bound).isSameAs(query);
		assertThat(set).containsExactly(Map.entry("teams", List.of(1L, 2L)), Map.entry("viewer", 5L));
	}

}

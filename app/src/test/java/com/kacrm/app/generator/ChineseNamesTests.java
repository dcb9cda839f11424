package com.kacrm.app.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNamesTests {

	@Test
	void aPersonIsASurnameAndOneOrTwoGivenCharacters() {
		for (long n = 0; n < 1000; n++) {
			String name = ChineseNames.person(n);
			assertThat(ChineseNames.isChinese(name)).as(name).isTrue();
			assertThat(name.length()).isBetween(2, 4);
		}
	}

	@Test
	void theSameNumberGivesTheSameNameAndNumbersGiveManyNames() {
		Set<String> names = new HashSet<>();
		for (long n = 0; n < 1000; n++) {
			assertThat(ChineseNames.person(n)).isEqualTo(ChineseNames.person(n));
			names.add(ChineseNames.person(n));
		}
		assertThat(names).hasSizeGreaterThan(700);
	}

	@Test
	void commonSurnamesComeUpMostOften() {
		long wang = 0;
		long rare = 0;
		for (long n = 0; n < 10_000; n++) {
			String name = ChineseNames.person(n);
			wang += name.startsWith("王") ? 1 : 0;
			rare += name.startsWith("龙") ? 1 : 0;
		}
		assertThat(wang).isGreaterThan(2 * rare);
	}

	@Test
	void aCompanyIsCityBrandIndustryAndLegalForm() {
		String name = ChineseNames.company(42, 0);
		assertThat(name).endsWith("汽车零部件有限公司");
		assertThat(ChineseNames.isChinese(name)).isTrue();
		assertThat(ChineseNames.CITIES.stream().anyMatch(name::startsWith)).isTrue();
	}

	@Test
	void everyWordListIsChineseOnly() {
		for (List<String> words : List.of(ChineseNames.SURNAMES, ChineseNames.GIVEN, ChineseNames.CITIES,
				ChineseNames.BRANDS, ChineseNames.INDUSTRY_WORDS)) {
			assertThat(words).allMatch(ChineseNames::isChinese);
		}
		assertThat(ChineseNames.isChinese("Wang")).isFalse();
		assertThat(ChineseNames.isChinese("")).isFalse();
	}

	@Test
	void wordsBecomeAnEscapedSqlArray() {
		assertThat(ChineseNames.sqlArray(List.of("王", "o'k"))).isEqualTo("array['王','o''k']::text[]");
	}

}

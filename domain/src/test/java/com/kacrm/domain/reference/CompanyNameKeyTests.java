package com.kacrm.domain.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNameKeyTests {

	@ParameterizedTest(name = "{0} and {1} are the same company")
	@CsvSource(delimiter = '|',
			value = { "深圳华达集团有限公司|深圳华达", "深圳华达股份有限公司|深圳 华达", "深圳华达（集团）|深圳华达", "深圳华达有限责任公司|深圳华达公司", "ＡＢＣ电器有限公司|abc电器",
					"Acme Co., Ltd.|ACME", "Acme Holdings Group Inc.|acme", "  华达　科技 |华达科技", "华达·科技|华达-科技",
					"Acme Corporation|Acme Corp" })
	void spellingsOfOneCompanyShareAKey(String one, String other) {
		assertThat(CompanyNameKey.of(one)).isEqualTo(CompanyNameKey.of(other)).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} and {1} are different customers")
	@CsvSource(delimiter = '|',
			value = { "深圳华达集团|深圳华达集团深圳分公司", "深圳华达|深圳华达电机厂", "Costco|Cost", "Coca Cola|Coca", "华达科技|华达电子" })
	void differentCustomersKeepDifferentKeys(String one, String other) {
		assertThat(CompanyNameKey.of(one)).isNotEqualTo(CompanyNameKey.of(other));
	}

	@Test
	void aNameThatIsOnlyASuffixKeepsIt() {
		assertThat(CompanyNameKey.of("集团")).isEqualTo("集团");
		assertThat(CompanyNameKey.of("有限公司")).isEqualTo("有限公司");
	}

	@Test
	void blankAndMissingNamesHaveAnEmptyKey() {
		assertThat(CompanyNameKey.of(null)).isEmpty();
		assertThat(CompanyNameKey.of(" \u3000 ")).isEmpty();
	}

}

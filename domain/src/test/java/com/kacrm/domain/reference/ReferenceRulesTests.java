package com.kacrm.domain.reference;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReferenceRulesTests {

	@Test
	void namesAreTrimmedAndEnglishIsOptional() {
		assertThat(ReferenceRules.name(" 家电 ", "")).satisfies((name) -> {
			assertThat(name.zh()).isEqualTo("家电");
			assertThat(name.en()).isNull();
		});
	}

	@Test
	void aChineseNameIsRequiredAndNamesHaveAtMost100Characters() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> ReferenceRules.name("  ", null))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("nameZh", "reference.name.required")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> ReferenceRules.name("字".repeat(101), "x".repeat(101)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("nameZh", "nameEn"));
		assertThat(ReferenceRules.name("字".repeat(100), "x".repeat(100)).zh()).hasSize(100);
	}

}

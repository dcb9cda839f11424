package com.kacrm.domain.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalizedNameTests {

	@Test
	void showsEnglishToEnglishReadersAndChineseToEveryoneElse() {
		LocalizedName name = new LocalizedName("汽车配件", "Auto parts");
		assertThat(name.in(Locale.ENGLISH)).isEqualTo("Auto parts");
		assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("汽车配件");
		assertThat(name.in(Locale.GERMAN)).isEqualTo("汽车配件");
	}

	@Test
	void fallsBackToChineseWhenThereIsNoEnglishName() {
		assertThat(new LocalizedName("钣金", "  ").in(Locale.ENGLISH)).isEqualTo("钣金");
	}

	@Test
	void requiresAChineseName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedName(" ", "Sheet metal"));
	}

}

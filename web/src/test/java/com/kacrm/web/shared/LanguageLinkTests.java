package com.kacrm.web.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageLinkTests {

	@Test
	void switchingLanguageKeepsTheFiltersOfThePage() {
		assertThat(LayoutModelAdvice.languageLink("industry=3&page=2", "en")).isEqualTo("?industry=3&page=2&lang=en");
	}

	@Test
	void anEarlierChoiceIsReplacedNotRepeated() {
		assertThat(LayoutModelAdvice.languageLink("lang=en&q=%E5%AE%A2%E6%88%B7", "zh_CN"))
			.isEqualTo("?q=%E5%AE%A2%E6%88%B7&lang=zh_CN");
	}

	@Test
	void aPageWithoutQueryGetsJustTheLanguage() {
		assertThat(LayoutModelAdvice.languageLink(null, "en")).isEqualTo("?lang=en");
	}

	@Test
	void aQueryThatIsNotProperlyEncodedIsDropped() {
		assertThat(LayoutModelAdvice.languageLink("q=<script>", "en")).isEqualTo("?lang=en");
	}

}

package com.kacrm.domain.reference;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LeadSourceTests {

	private final LeadSource internet = new LeadSource("INTERNET", new LocalizedName("互联网", "Internet"), null, 10);

	@Test
	void aChannelHasNoParentAndASourceSitsBelowAChannel() {
		LeadSource search = new LeadSource("INTERNET_SEARCH", new LocalizedName("搜索引擎", null), this.internet, 13);
		assertThat(this.internet.isTopLevel()).isTrue();
		assertThat(search.isTopLevel()).isFalse();
		assertThat(search.getParent()).isSameAs(this.internet);
	}

	@Test
	void thereIsNoThirdLevel() {
		LeadSource search = new LeadSource("INTERNET_SEARCH", new LocalizedName("搜索引擎", null), this.internet, 13);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new LeadSource("INTERNET_SEARCH_BAIDU", new LocalizedName("百度", null), search, 1))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("parentId", "leadSource.parent.notTopLevel")));
	}

	@Test
	void nothingIsAddedBelowAnInactiveChannel() {
		this.internet.deactivate();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new LeadSource("INTERNET_FORUMS", new LocalizedName("论坛", null), this.internet, 15))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("leadSource.parent.inactive"));
	}

	@Test
	void codesFollowTheReferenceCodeRule() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new LeadSource("internet forums", new LocalizedName("论坛", null), null, 1))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("code"));
	}

	@Test
	void updateRenamesAndReordersButKeepsCodeAndParent() {
		LeadSource search = new LeadSource("INTERNET_SEARCH", new LocalizedName("搜索引擎", null), this.internet, 13);
		search.update(new LocalizedName("搜索引擎与地图", "Search and maps"), 9);
		assertThat(search.getName().en()).isEqualTo("Search and maps");
		assertThat(search.getSortOrder()).isEqualTo(9);
		assertThat(search.getCode()).isEqualTo("INTERNET_SEARCH");
		assertThat(search.getParent()).isSameAs(this.internet);
	}

	@Test
	void aSourceBelowAnInactiveChannelCannotBeActivated() {
		LeadSource search = new LeadSource("INTERNET_SEARCH", new LocalizedName("搜索引擎", null), this.internet, 13);
		search.deactivate();
		this.internet.deactivate();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(search::activate);
		assertThat(search.isActive()).isFalse();
		this.internet.activate();
		search.activate();
		assertThat(search.isActive()).isTrue();
	}

}

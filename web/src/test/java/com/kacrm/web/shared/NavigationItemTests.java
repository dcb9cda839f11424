package com.kacrm.web.shared;

import java.util.Locale;

import com.kacrm.domain.organisation.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationItemTests {

	@Test
	void onlyAdminsSeeTheAdministration() {
		assertThat(NavigationItem.visibleTo(Role.ADMIN)).contains(NavigationItem.ADMIN);
		assertThat(NavigationItem.visibleTo(Role.MANAGER)).doesNotContain(NavigationItem.ADMIN);
		assertThat(NavigationItem.visibleTo(Role.REP)).doesNotContain(NavigationItem.ADMIN);
	}

	@Test
	void everyRoleSeesTheSalesWorkInTheOrderOfTheMethod() {
		assertThat(NavigationItem.visibleTo(Role.REP)).startsWith(NavigationItem.LEADS, NavigationItem.ACCOUNTS,
				NavigationItem.OPPORTUNITIES, NavigationItem.VISITS, NavigationItem.APPROVALS, NavigationItem.FUNNEL);
	}

	@Test
	void repsSeeTheirOwnRequestsWhereManagersSeeApprovals() {
		assertThat(NavigationItem.APPROVALS.messageKeyFor(Role.REP)).isEqualTo("nav.myRequests");
		assertThat(NavigationItem.APPROVALS.messageKeyFor(Role.MANAGER)).isEqualTo("nav.approvals");
	}

	@Test
	void onlyEnglishAndChineseAreEverUsed() {
		assertThat(SupportedLocaleResolver.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
		assertThat(SupportedLocaleResolver.supported(Locale.FRENCH)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(SupportedLocaleResolver.supported(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(SupportedLocaleResolver.supported(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

}

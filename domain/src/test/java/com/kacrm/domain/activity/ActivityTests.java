package com.kacrm.domain.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Logging a call or visit. */
class ActivityTests {

	static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, NOW);

	final Account huada = new Account("深圳华达", this.south, this.zhang, null, new TierProfile(12, BigDecimal.TEN, null),
			NOW);

	final Account other = new Account("东莞恒通", this.south, this.zhang, null, new TierProfile(30, BigDecimal.TEN, null),
			NOW);

	static Contact contactAt(Account account, String name) {
		return new Contact(account,
				new ContactDetails(name, "采购经理", null, null, null, ContactLevel.DECISION, null, null), 2, NOW);
	}

	@Test
	void aLoggedActivityHasTakenPlaceHasASummaryAndMetPeopleOfItsAccount() {
		Contact stranger = contactAt(this.other, "陈总");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Activity(this.huada, null, this.zhang, null, NOW.plusSeconds(3600), " ",
					List.of(stranger), new Actor(3L, "张伟"), NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactlyInAnyOrder("type:form.required", "occurredAt:activity.error.inFuture",
						"summary:form.required", "contactIds:activity.error.contactOfOtherAccount"));

		Contact buyer = contactAt(this.huada, "刘经理");
		Activity visit = new Activity(this.huada, null, this.zhang, ActivityType.SALES_VISIT, NOW.minusSeconds(7200),
				" 介绍产品 ", List.of(buyer), new Actor(3L, "张伟"), NOW);
		assertThat(visit.getSummary()).isEqualTo("介绍产品");
		assertThat(visit.getContacts()).containsExactly(buyer);
		assertThat(visit.getTeam()).isSameAs(this.south);
	}

	@Test
	void meetingsCountAsVisitsAndFourKindsMarkDeepContact() {
		assertThat(ActivityType.SALES_VISIT.isVisit()).isTrue();
		assertThat(ActivityType.PHONE_INVITATION.isVisit()).isFalse();
		assertThat(ActivityType.OTHER.isVisit()).isFalse();
		assertThat(java.util.Arrays.stream(ActivityType.values()).filter(ActivityType::isDeepContact)).containsExactly(
				ActivityType.TECHNICAL_SEMINAR, ActivityType.DEMONSTRATION, ActivityType.EXECUTIVE_VISIT,
				ActivityType.SITE_VISIT);
	}

}

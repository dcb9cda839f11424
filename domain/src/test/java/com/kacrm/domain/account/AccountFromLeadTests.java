package com.kacrm.domain.account;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadDetails;
import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.VersionedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The account a lead converts into (转化): what it carries from the lead sheet, which class
 * it keeps, and which leads and teams cannot convert.
 */
class AccountFromLeadTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final Region shenzhen = withId(new Region("SZ", new LocalizedName("深圳", "Shenzhen")), 1L);

	final Region shanghai = withId(new Region("SH", new LocalizedName("上海", "Shanghai")), 2L);

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"), this.shenzhen);

	final Team east = new Team("SH", new LocalizedName("华东", "East China"), this.shanghai);

	final User zhang = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);

	final Industry autoParts = new Industry("AUTO_PARTS", new LocalizedName("汽车配件", "Auto parts"),
			StrategyClass.MAINSTREAM, StrategyClass.MAINSTREAM.manualStrategy(), 10);

	final LeadSource search = new LeadSource("INTERNET_SEARCH", new LocalizedName("搜索引擎", "Search engines"), null, 1);

	Lead lead() {
		Lead lead = new Lead(new LeadNumber("SZ", 2026, 42), new LeadDetails("  深圳华达汽车配件有限公司 ", this.shenzhen,
				this.autoParts, 12, new BigDecimal("60000.5"), this.search, " 王经理 13800000000 ", "展会认识，对散热器有兴趣"),
				this.zhang, T0);
		return withId(lead, 42L);
	}

	@Test
	void theAccountCarriesEverythingTheLeadSheetKnew() {
		Lead lead = lead();
		lead.retier(Tier.A, 3);
		Account account = Account.fromLead(lead, this.south, this.zhang, T0.plusSeconds(60));
		assertThat(account.getName()).isEqualTo("深圳华达汽车配件有限公司");
		assertThat(account.getNameKey()).isEqualTo(lead.getNameKey());
		assertThat(account.getIndustry()).isSameAs(this.autoParts);
		assertThat(account.getIndustryRank()).isEqualTo(12);
		assertThat(account.getAnnualRevenue()).isEqualByComparingTo("60000.5");
		assertThat(account.getAnnualPurchase()).as("a prospect buys nothing from us yet").isNull();
		assertThat(account.getSource()).isSameAs(this.search);
		assertThat(account.getContactHint()).isEqualTo("王经理 13800000000");
		assertThat(account.getNotes()).isEqualTo("展会认识，对散热器有兴趣");
		assertThat(account.getConvertedFromLeadId()).isEqualTo(42L);
		assertThat(account.isConvertedFromLead()).isTrue();
		assertThat(account.getTeam()).isSameAs(this.south);
		assertThat(account.getOwner()).isSameAs(this.zhang);
		assertThat(account.getCreatedAt()).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void aProposedClassIsLeftForTheCriteriaToAssessAgain() {
		Lead lead = lead();
		lead.retier(Tier.A, 3);
		Account account = Account.fromLead(lead, this.south, this.zhang, T0);
		assertThat(account.getTier()).isNull();
		assertThat(account.isTierSetByHand()).isFalse();
		assertThat(account.tierProfile().industryRank()).isEqualTo(12);
	}

	@Test
	void aClassSetByHandStaysSetByHand() {
		Lead lead = lead();
		lead.classifyByHand(Tier.C, "集团采购在总部");
		Account account = Account.fromLead(lead, this.south, this.zhang, T0);
		assertThat(account.getTier()).isEqualTo(Tier.C);
		assertThat(account.isTierSetByHand()).isTrue();
		assertThat(account.getTierCriteriaVersion()).isNull();
	}

	@Test
	void aClosedLeadDoesNotConvert() {
		Lead discarded = lead();
		discarded.discard("已倒闭", T0);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Account.fromLead(discarded, this.south, this.zhang, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("conversion.error.leadClosed"));
		Lead converted = lead();
		converted.convert(7L, null, T0);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> Account.fromLead(converted, this.south, this.zhang, T0));
	}

	@Test
	void theAccountsTeamCoversTheLeadsRegion() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> Account.fromLead(lead(), this.east, null, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("conversion.error.teamOutsideRegion"));
	}

	static <T extends VersionedEntity> T withId(T entity, long id) {
		try {
			Field field = VersionedEntity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
			return entity;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

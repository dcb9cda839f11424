package com.kacrm.domain.organisation;

import java.time.Instant;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TeamTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final Region shenzhen = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final Region shanghai = new Region("SH", new LocalizedName("上海", "Shanghai"));

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"), this.shenzhen);

	final Team east = new Team("SH", new LocalizedName("华东", "East China"), this.shanghai);

	@Test
	void aManagerOfTheTeamCanBeAppointedAndDismissed() {
		User manager = new User("manager.south", "陈志强", "{noop}x", Role.MANAGER, this.south, T0);
		this.south.appointManager(manager);
		assertThat(this.south.getManager()).isSameAs(manager);
		assertThat(this.south.isManagedBy(manager)).isTrue();
		this.south.dismissManager();
		assertThat(this.south.getManager()).isNull();
	}

	@Test
	void aManagerOfAnotherTeamCannotBeAppointed() {
		User manager = new User("manager.east", "刘建国", "{noop}x", Role.MANAGER, this.east, T0);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.south.appointManager(manager))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.messageKey()).isEqualTo("team.manager.notInTeam"))
				.satisfies((v) -> assertThat(v.field()).isEqualTo("managerUsername")));
		assertThat(this.south.getManager()).isNull();
	}

	@Test
	void aRepCannotManageATeam() {
		User rep = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.south.appointManager(rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("team.manager.notAManager"));
	}

	@Test
	void aTeamIsRenamedAndMovedToAnotherRegion() {
		this.south.rename(new LocalizedName("华南一组", "South China 1"));
		this.south.moveToRegion(this.shanghai);
		assertThat(this.south.getName().en()).isEqualTo("South China 1");
		assertThat(this.south.getRegion()).isSameAs(this.shanghai);
		assertThat(this.south.getCode()).isEqualTo("SZ");
	}

	@Test
	void codesAreUpperCasedAndInvalidOnesAreRefusedOnTheCodeField() {
		assertThat(new Region(" gz ", new LocalizedName("广州", null)).getCode()).isEqualTo("GZ");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Team("1X", new LocalizedName("x", null), this.shenzhen))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("code"));
	}

	@Test
	void aRegionIsRenamedButKeepsItsCode() {
		this.shenzhen.rename(new LocalizedName("深圳区", "Shenzhen area"));
		assertThat(this.shenzhen.getName().zh()).isEqualTo("深圳区");
		assertThat(this.shenzhen.getCode()).isEqualTo("SZ");
	}

	@Test
	void namesNeedChineseAndStayWithinTheLimit() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> Names.of(" ", "x".repeat(101)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("nameZh", "nameEn"));
		assertThat(Names.of(" 华北 ", " ")).isEqualTo(new LocalizedName("华北", null));
	}

}

package com.kacrm.domain.contact;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.VersionedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A person at a customer: what their details must be, which edits reach the history, the
 * relationship depth, the reporting line and leaving the customer (离职).
 */
class ContactTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"),
			new Region("SZ", new LocalizedName("深圳", "Shenzhen")));

	final Account huapeng = withId(
			new Account("深圳华鹏汽车配件有限公司", this.south, null, null, new TierProfile(null, null, null), T0), 1L);

	final Account other = withId(
			new Account("东莞恒通散热器有限公司", this.south, null, null, new TierProfile(null, null, null), T0), 2L);

	static ContactDetails details(String name) {
		return new ContactDetails(name, "采购总监", "采购部", "0755-8888 8888", "li@huapeng.cn", ContactLevel.DECISION, "打高尔夫",
				4);
	}

	Contact contact(long id, String name) {
		return withId(new Contact(this.huapeng, details(name), 2, T0), id);
	}

	@Test
	void aNewContactTakesTheDetailsStrippedAndTheDepth() {
		Contact contact = new Contact(this.huapeng,
				new ContactDetails("  李明 ", "  ", null, null, null, ContactLevel.USAGE, null, null), 3, T0);
		assertThat(contact.getName()).isEqualTo("李明");
		assertThat(contact.getTitle()).isNull();
		assertThat(contact.getRelationshipDepth()).isEqualTo(3);
		assertThat(contact.getReportsTo()).isNull();
		assertThat(contact.isActive()).isTrue();
		assertThat(contact.isBelowTarget()).isFalse();
	}

	@Test
	void everyBrokenRuleOfTheDetailsIsNamedWithItsField() {
		ContactDetails broken = new ContactDetails(" ", null, null, "call me", "not-an-email", null, null, 6);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> new Contact(this.huapeng, broken, 9, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(tuple("name", "form.required"), tuple("phone", "form.phoneFormat"),
						tuple("email", "form.emailFormat"), tuple("targetDepth", "form.range"),
						tuple("level", "form.required"), tuple("relationshipDepth", "form.range")));
	}

	@Test
	void phoneNumbersAsPeopleTypeThemAreAccepted() {
		for (String phone : List.of("+86 755-8888 8888", "(0755)88888888 转 123", "13800000000")) {
			ContactDetails details = new ContactDetails("李明", null, null, phone, null, ContactLevel.USAGE, null, null);
			assertThat(details.violations()).as(phone).isEmpty();
		}
	}

	@Test
	void tooLongTextIsRefused() {
		ContactDetails details = new ContactDetails("名".repeat(ContactDetails.MAX_NAME + 1), null, null, null, null,
				ContactLevel.USAGE, "趣".repeat(ContactDetails.MAX_INTERESTS + 1), null);
		assertThat(details.violations()).extracting(Violation::field, Violation::messageKey)
			.containsExactlyInAnyOrder(tuple("name", "form.tooLong"), tuple("interests", "form.tooLong"));
	}

	@Test
	void theDepthMustLieBetweenOneAndFive() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Contact(this.huapeng, details("李明"), 0, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("relationshipDepth", "form.range")));
		Contact contact = contact(10, "李明");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> contact.changeDepth(6));
		assertThat(contact.getRelationshipDepth()).isEqualTo(2);
	}

	@Test
	void anEditReturnsOnlyTheFieldsThatChanged() {
		Contact contact = contact(10, "李明");
		ContactDetails promoted = new ContactDetails(" 李明", "副总经理", "采购部", "0755-8888 8888", "li@huapeng.cn",
				ContactLevel.IMAGE, "打高尔夫", 5);
		List<FieldChange> changes = contact.edit(promoted);
		assertThat(changes).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
			.containsExactlyInAnyOrder(tuple("contact.title", "采购总监", "副总经理"),
					tuple("contact.level", "DECISION", "IMAGE"), tuple("contact.targetDepth", "4", "5"));
		assertThat(contact.getTitle()).isEqualTo("副总经理");
		assertThat(contact.edit(promoted)).isEmpty();
	}

	@Test
	void aRefusedEditChangesNothing() {
		Contact contact = contact(10, "李明");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> contact.edit(new ContactDetails("", "总经理", null, null, null, ContactLevel.IMAGE, null, null)));
		assertThat(contact.getName()).isEqualTo("李明");
		assertThat(contact.getTitle()).isEqualTo("采购总监");
	}

	@Test
	void aDepthChangeIsRecordedOnlyWhenTheDepthMoves() {
		Contact contact = contact(10, "李明");
		assertThat(contact.isBelowTarget()).isTrue();
		FieldChange change = contact.changeDepth(4);
		assertThat(change).isEqualTo(new FieldChange(Contact.DEPTH_FIELD, "2", "4"));
		assertThat(contact.getRelationshipDepth()).isEqualTo(4);
		assertThat(contact.isBelowTarget()).isFalse();
		assertThat(contact.changeDepth(4)).isNull();
	}

	@Test
	void aPersonReportsToAnotherActivePersonOfTheSameAccount() {
		Contact director = contact(10, "李明");
		Contact buyer = contact(11, "王芳");
		FieldChange change = buyer.reportTo(director, new ReportingLines(Map.of()));
		assertThat(change).isEqualTo(new FieldChange("contact.reportsTo", null, "李明"));
		assertThat(buyer.getReportsTo()).isSameAs(director);
		assertThat(buyer.reportTo(director, new ReportingLines(Map.of(11L, 10L)))).isNull();
		assertThat(buyer.reportTo(null, new ReportingLines(Map.of(11L, 10L))))
			.isEqualTo(new FieldChange("contact.reportsTo", "李明", null));
		assertThat(buyer.getReportsTo()).isNull();
	}

	@Test
	void aManagerOfAnotherAccountIsRefused() {
		Contact buyer = contact(11, "王芳");
		Contact stranger = withId(new Contact(this.other, details("赵强"), 1, T0), 20L);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> buyer.reportTo(stranger, new ReportingLines(Map.of())))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("reportsToId", "contact.error.managerOfOtherAccount")));
		assertThat(buyer.getReportsTo()).isNull();
	}

	@Test
	void aManagerWhoLeftIsRefused() {
		Contact director = contact(10, "李明");
		Contact buyer = contact(11, "王芳");
		director.leave(T0, new ReportingLines(Map.of()));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> buyer.reportTo(director, new ReportingLines(Map.of())))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.managerLeft"));
	}

	@Test
	void aMoveClosingACycleIsRefused() {
		Contact director = contact(10, "李明");
		Contact buyer = contact(11, "王芳");
		buyer.reportTo(director, new ReportingLines(Map.of()));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> director.reportTo(buyer, new ReportingLines(Map.of(11L, 10L))))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.reportingCycle"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> director.reportTo(director, new ReportingLines(Map.of())));
		assertThat(director.getReportsTo()).isNull();
	}

	@Test
	void aPersonWithReportsCannotLeave() {
		Contact director = contact(10, "李明");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> director.leave(T0, new ReportingLines(Map.of(11L, 10L))))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.hasReports"));
		assertThat(director.isActive()).isTrue();
	}

	@Test
	void aPersonWhoLeftStaysOnFileButCannotBeChanged() {
		Contact director = contact(10, "李明");
		Contact buyer = contact(11, "王芳");
		buyer.reportTo(director, new ReportingLines(Map.of()));
		FieldChange left = buyer.leave(T0.plusSeconds(60), new ReportingLines(Map.of(11L, 10L)));
		assertThat(left.field()).isEqualTo("contact.leftAt");
		assertThat(buyer.isActive()).isFalse();
		assertThat(buyer.getLeftAt()).isEqualTo(T0.plusSeconds(60));
		assertThat(buyer.getReportsTo()).isNull();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> buyer.changeDepth(3))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.left"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> buyer.edit(details("王芳")));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> buyer.leave(T0, new ReportingLines(Map.of())));
		assertThatCode(() -> director.leave(T0, new ReportingLines(Map.of()))).doesNotThrowAnyException();
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

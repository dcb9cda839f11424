package com.kacrm.domain.playbook;

import java.util.Locale;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules of a milestone's checklist. */
class ChecklistTests {

	MilestoneDefinition callAndVisit;

	@BeforeEach
	void milestone() {
		this.callAndVisit = PlaybookMother.definition(Milestone.CALL_AND_VISIT, 10);
	}

	@Test
	void itemsAreAppendedInOrder() {
		ChecklistItem first = this.callAndVisit
			.addItem(ChecklistItemContent.manual("自我介绍", "Introduce yourself", true));
		ChecklistItem second = this.callAndVisit.addItem(ChecklistItemContent.automatic("至少记录一次上门拜访",
				"At least one visit logged", true, AutomaticRule.VISIT_LOGGED));
		assertThat(this.callAndVisit.activeItems()).containsExactly(first, second);
		assertThat(first.getPosition()).isLessThan(second.getPosition());
		assertThat(second.getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(second.text(Locale.ENGLISH)).isEqualTo("At least one visit logged");
		assertThat(second.text(Locale.SIMPLIFIED_CHINESE)).isEqualTo("至少记录一次上门拜访");
	}

	@Test
	void anAutomaticItemNeedsARule() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit
				.addItem(new ChecklistItemContent("拜访", null, true, Satisfaction.AUTOMATIC, null)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("automaticRule", "playbook.item.ruleRequired")));
		assertThat(this.callAndVisit.itemsInOrder()).isEmpty();
	}

	@Test
	void aManualItemHasNoRule() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit.addItem(new ChecklistItemContent("拜访", null, true,
					Satisfaction.MANUAL_WITH_EVIDENCE, AutomaticRule.VISIT_LOGGED)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("automaticRule", "playbook.item.ruleNotAllowed")));
	}

	@Test
	void itemTextIsRequired() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit.addItem(ChecklistItemContent.manual("  ", "Text", false)))
			.satisfies((ex) -> assertThat(ex.violations()).containsExactly(Violation.of("textZh", "form.required")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit.addItem(new ChecklistItemContent("文字", null, false, null, null)))
			.satisfies(
					(ex) -> assertThat(ex.violations()).containsExactly(Violation.of("satisfaction", "form.required")));
	}

	@Test
	void noTwoActiveItemsOfAMilestoneHaveTheSameText() {
		this.callAndVisit.addItem(ChecklistItemContent.manual("以约会收尾", "Close with an appointment", true));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit.addItem(ChecklistItemContent.manual(" 以约会收尾 ", null, false)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("textZh", "playbook.item.duplicate")));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.callAndVisit
			.addItem(ChecklistItemContent.manual("另一个", "close  WITH an appointment", false)));
		assertThat(this.callAndVisit.itemsInOrder()).hasSize(1);
	}

	@Test
	void anItemMayKeepItsOwnTextWhenEdited() {
		ChecklistItem item = this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", null, true));
		var changes = this.callAndVisit.reviseItem(item,
				ChecklistItemContent.manual("自我介绍", "Introduce yourself", false));
		assertThat(changes.list()).containsExactly(new FieldChange("playbook.item.textEn", null, "Introduce yourself"),
				new FieldChange("playbook.item.mandatory", "true", "false"));
		assertThat(item.isMandatory()).isFalse();
	}

	@Test
	void editingAnItemToAnotherItemsTextIsRejected() {
		this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", null, true));
		ChecklistItem other = this.callAndVisit.addItem(ChecklistItemContent.manual("晓之以利", null, true));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.callAndVisit.reviseItem(other, ChecklistItemContent.manual("自我介绍", null, true)));
		assertThat(other.getTextZh()).isEqualTo("晓之以利");
	}

	@Test
	void retiringKeepsTheItemButTakesItOffTheChecklist() {
		ChecklistItem item = this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", null, true));
		assertThat(this.callAndVisit.retireItem(item).list())
			.containsExactly(new FieldChange("playbook.item.active", "true", "false"));
		assertThat(this.callAndVisit.activeItems()).isEmpty();
		assertThat(this.callAndVisit.itemsInOrder()).containsExactly(item);
		assertThat(this.callAndVisit.retireItem(item).isEmpty()).isTrue();
	}

	@Test
	void aRetiredItemsTextMayBeUsedAgainButThenItCannotBeReactivated() {
		ChecklistItem old = this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", null, true));
		this.callAndVisit.retireItem(old);
		this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", "Introduce yourself", true));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.callAndVisit.reactivateItem(old));
		assertThat(old.isActive()).isFalse();
	}

	@Test
	void aRetiredItemCanBeReactivated() {
		ChecklistItem item = this.callAndVisit.addItem(ChecklistItemContent.manual("自我介绍", null, true));
		this.callAndVisit.retireItem(item);
		assertThat(this.callAndVisit.reactivateItem(item).list())
			.containsExactly(new FieldChange("playbook.item.active", "false", "true"));
		assertThat(this.callAndVisit.activeItems()).containsExactly(item);
	}

	@Test
	void itemsMoveUpAndDownByOnePlace() {
		ChecklistItem a = this.callAndVisit.addItem(ChecklistItemContent.manual("A", null, true));
		ChecklistItem b = this.callAndVisit.addItem(ChecklistItemContent.manual("B", null, true));
		ChecklistItem c = this.callAndVisit.addItem(ChecklistItemContent.manual("C", null, true));
		this.callAndVisit.moveItem(c, -1);
		assertThat(this.callAndVisit.itemsInOrder()).containsExactly(a, c, b);
		this.callAndVisit.moveItem(a, -1);
		assertThat(this.callAndVisit.itemsInOrder()).containsExactly(a, c, b);
		this.callAndVisit.moveItem(a, 1);
		assertThat(this.callAndVisit.itemsInOrder()).containsExactly(c, a, b);
	}

}

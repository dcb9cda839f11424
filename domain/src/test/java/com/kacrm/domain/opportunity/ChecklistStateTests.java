package com.kacrm.domain.opportunity;

import java.util.List;
import java.util.Set;

import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How a deal's checklist is satisfied: manual items by ticks, automatic items by the
 * data.
 */
class ChecklistStateTests {

	@Test
	void manualItemsAreDoneOnlyWhenTicked() {
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		ChecklistState state = checklist.state(Set.of(checklist.introduce), Deals.visitsAndContacts(1, 1));
		assertThat(state.done()).contains(checklist.introduce).doesNotContain(checklist.benefit);
		assertThat(state.unmet()).containsExactly(checklist.benefit, checklist.appointment, checklist.agreement);
	}

	@Test
	void automaticItemsFollowTheDataWhateverIsTicked() {
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		ChecklistState ticked = checklist.state(Set.of(checklist.visit, checklist.contact), DealFacts.NONE);
		assertThat(ticked.unmet()).contains(checklist.visit, checklist.contact);
		ChecklistState fromData = checklist.state(Set.of(), Deals.visitsAndContacts(2, 3));
		assertThat(fromData.done()).contains(checklist.visit, checklist.contact);
	}

	@Test
	void optionalItemsNeverBlockTheGate() {
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		ChecklistState state = checklist.state(Set.copyOf(checklist.manualMandatory()), Deals.visitsAndContacts(1, 1));
		assertThat(state.isOpen()).isTrue();
		assertThat(state.items()).anySatisfy((item) -> {
			assertThat(item.item()).isSameAs(checklist.optional);
			assertThat(item.done()).isFalse();
		});
	}

	@Test
	void retiredItemsAreLeftOut() {
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		checklist.definition.retireItem(checklist.agreement);
		ChecklistState state = checklist.state(Set.of(checklist.introduce, checklist.benefit, checklist.appointment),
				Deals.visitsAndContacts(1, 1));
		assertThat(state.items()).extracting(ChecklistState.ItemState::item).doesNotContain(checklist.agreement);
		assertThat(state.isOpen()).isTrue();
	}

	@Test
	void anEmptyChecklistIsAnOpenGate() {
		assertThat(Deals.openGate(Milestone.NEGOTIATION).isOpen()).isTrue();
	}

	@Test
	void itemsOfAnotherMilestoneDoNotBelongInTheChecklist() {
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		assertThatIllegalArgumentException().isThrownBy(() -> ChecklistState.of(Milestone.PLANNING,
				checklist.definition.activeItems(), (item) -> true, DealFacts.NONE));
	}

	@ParameterizedTest
	@EnumSource(AutomaticRule.class)
	void everyAutomaticCriterionIsMetByItsDataAndOnlyByIt(AutomaticRule rule) {
		MilestoneDefinition definition = Deals.definition(Milestone.DEEP_CONTACT);
		ChecklistItem item = definition.addItem(ChecklistItemContent.automatic("自动：" + rule, null, true, rule));
		List<ChecklistItem> items = definition.activeItems();

		assertThat(ChecklistState.of(Milestone.DEEP_CONTACT, items, (i) -> true, DealFacts.NONE).unmet())
			.containsExactly(item);
		assertThat(ChecklistState.of(Milestone.DEEP_CONTACT, items, (i) -> false, factsMeeting(rule)).isOpen())
			.isTrue();
		for (AutomaticRule other : AutomaticRule.values()) {
			if (other != rule) {
				assertThat(factsMeeting(other).satisfies(rule)).as("%s meets %s", other, rule).isFalse();
			}
		}
	}

	/** Facts that meet {@code rule} and no other. */
	static DealFacts factsMeeting(AutomaticRule rule) {
		return new DealFacts(rule == AutomaticRule.ON_LEAD_SHEET, (rule == AutomaticRule.VISIT_LOGGED) ? 1 : 0,
				(rule == AutomaticRule.CONTACT_IDENTIFIED) ? 1 : 0, rule == AutomaticRule.INITIATION_APPROVED,
				(rule == AutomaticRule.TEAM_FORMED) ? 2 : 0, rule == AutomaticRule.KEY_ROLES_IDENTIFIED,
				rule == AutomaticRule.DEEP_CONTACT_ACTIVITY_LOGGED, rule == AutomaticRule.ASSESSMENT_PASSED,
				rule == AutomaticRule.CONTRACT_RECORDED, (rule == AutomaticRule.PAYMENT_RECORDED) ? 1 : 0,
				rule == AutomaticRule.PHONE_INTRODUCTION_DONE, rule == AutomaticRule.PHONE_BENEFIT_DONE,
				rule == AutomaticRule.PHONE_APPOINTMENT_MADE);
	}

	@Test
	void countsMeetTheirCriterionFromOne() {
		assertThat(Deals.visitsAndContacts(0, 0).satisfies(AutomaticRule.VISIT_LOGGED)).isFalse();
		assertThat(Deals.visitsAndContacts(1, 0).satisfies(AutomaticRule.VISIT_LOGGED)).isTrue();
		assertThat(Deals.visitsAndContacts(0, 0).satisfies(AutomaticRule.CONTACT_IDENTIFIED)).isFalse();
		assertThat(Deals.visitsAndContacts(0, 1).satisfies(AutomaticRule.CONTACT_IDENTIFIED)).isTrue();
	}

}

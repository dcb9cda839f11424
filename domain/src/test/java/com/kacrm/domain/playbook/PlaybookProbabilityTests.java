package com.kacrm.domain.playbook;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Default probabilities are 0 to 100 and never decrease along the milestones. */
class PlaybookProbabilityTests {

	@Test
	void aProbabilityBetweenItsNeighboursIsAccepted() {
		Playbook playbook = PlaybookMother.seeded();
		FieldChanges changes = playbook.revise(Milestone.DEEP_CONTACT,
				PlaybookMother.guidance(Milestone.DEEP_CONTACT, 50));
		assertThat(playbook.definitionOf(Milestone.DEEP_CONTACT).getDefaultProbability()).isEqualTo(50);
		assertThat(changes.list()).contains(new FieldChange("playbook.defaultProbability", "40", "50"));
	}

	@Test
	void equalToANeighbourIsAccepted() {
		Playbook playbook = PlaybookMother.seeded();
		playbook.revise(Milestone.DEEP_CONTACT, PlaybookMother.guidance(Milestone.DEEP_CONTACT, 55));
		playbook.revise(Milestone.CONTRACT_SIGNED, PlaybookMother.guidance(Milestone.CONTRACT_SIGNED, 100));
		assertThat(playbook.definitionOf(Milestone.DEEP_CONTACT).getDefaultProbability()).isEqualTo(55);
	}

	@Test
	void aProbabilityBelowThePreviousMilestonesIsRejectedAndNothingChanges() {
		Playbook playbook = PlaybookMother.seeded();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> playbook.revise(Milestone.DEEP_CONTACT, PlaybookMother.guidance(Milestone.DEEP_CONTACT, 20)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("defaultProbability", "playbook.probability.belowPrevious", 3, 25)));
		assertThat(playbook.definitionOf(Milestone.DEEP_CONTACT).getDefaultProbability()).isEqualTo(40);
	}

	@Test
	void aProbabilityAboveTheNextMilestonesIsRejected() {
		Playbook playbook = PlaybookMother.seeded();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> playbook.revise(Milestone.PLANNING, PlaybookMother.guidance(Milestone.PLANNING, 30)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("defaultProbability", "playbook.probability.aboveNext", 2, 10)));
	}

	@Test
	void probabilitiesOutsideZeroToHundredAreRejected() {
		Playbook playbook = PlaybookMother.seeded();
		for (int probability : new int[] { -1, 101 }) {
			assertThatExceptionOfType(ChangeRejected.class)
				.isThrownBy(() -> playbook.revise(Milestone.DELIVERY_AND_PAYMENT,
						PlaybookMother.guidance(Milestone.DELIVERY_AND_PAYMENT, probability)))
				.satisfies((ex) -> assertThat(ex.violations())
					.containsExactly(Violation.of("defaultProbability", "playbook.probability.range", 0, 100)));
		}
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> playbook.revise(Milestone.PLANNING, PlaybookMother.guidance(Milestone.PLANNING, null)))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("defaultProbability", "form.required")));
	}

	@Test
	void chineseTextsAreRequiredAndEveryBrokenRuleIsNamed() {
		Playbook playbook = PlaybookMother.seeded();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> playbook.revise(Milestone.PLANNING,
					new MilestoneGuidance(" ", "Planning", "", null, null, null, 200)))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("nameZh", "definitionZh", "workStandardZh", "defaultProbability"));
	}

	@Test
	void aSaveThatChangesNothingReportsNoChange() {
		Playbook playbook = PlaybookMother.seeded();
		FieldChanges changes = playbook.revise(Milestone.NEGOTIATION,
				PlaybookMother.guidance(Milestone.NEGOTIATION, 75));
		assertThat(changes.isEmpty()).isTrue();
	}

	@Test
	void thePlaybookNeedsEveryMilestoneOnce() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Playbook(java.util.List.of(PlaybookMother.definition(Milestone.PLANNING, 5))));
	}

	@Test
	void englishFallsBackToChinese() {
		MilestoneDefinition definition = PlaybookMother.definition(Milestone.PLANNING, 5);
		assertThat(definition.definition(java.util.Locale.ENGLISH)).isEqualTo("定义1");
		assertThat(definition.workStandard(java.util.Locale.ENGLISH)).isEqualTo("Standard");
		assertThat(definition.workStandard(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("标准1");
	}

}

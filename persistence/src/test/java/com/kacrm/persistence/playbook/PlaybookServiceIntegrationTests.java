package com.kacrm.persistence.playbook;

import java.util.List;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.domain.playbook.Satisfaction;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The seeded playbook matches the manual, and every change is checked and recorded. */
@PersistenceTest
class PlaybookServiceIntegrationTests {

	static final Actor ADMIN = Actor.system("test");

	@Autowired
	PlaybookService playbook;

	@Autowired
	HistoryService history;

	@Autowired
	EntityManager entityManager;

	@Test
	void theSeedHasTheEightMilestonesInOrderWithTheSpecsProbabilities() {
		List<MilestoneRow> milestones = this.playbook.milestones();
		assertThat(milestones).extracting(MilestoneRow::milestone).containsExactly(Milestone.values());
		assertThat(milestones).extracting(MilestoneRow::defaultProbability)
			.containsExactly(5, 10, 25, 40, 55, 75, 100, 100);
		assertThat(milestones).extracting((m) -> m.name().zh())
			.containsExactly("行业与客户规划", "电话预约与上门拜访", "项目立项", "深度接触", "方案设计与投标", "商务谈判", "签约成交", "交付与回款");
		assertThat(milestones).allSatisfy((m) -> {
			assertThat(m.activeItems()).hasSizeBetween(3, 7);
			assertThat(m.definitionEn()).isNotBlank();
			assertThat(m.workStandardEn()).isNotBlank();
		});
	}

	@Test
	void theSeededChecklistsCarryTheManualsGates() {
		MilestoneRow planning = this.playbook.milestone(Milestone.PLANNING);
		assertThat(planning.activeItems()).anySatisfy((item) -> {
			assertThat(item.automaticRule()).isEqualTo(AutomaticRule.ON_LEAD_SHEET);
			assertThat(item.textZh()).contains("JTF001");
		});
		MilestoneRow callAndVisit = this.playbook.milestone(Milestone.CALL_AND_VISIT);
		assertThat(callAndVisit.activeItems()).extracting(ChecklistItemRow::textZh)
			.anySatisfy((text) -> assertThat(text).contains("自我介绍"))
			.anySatisfy((text) -> assertThat(text).contains("晓之以利"))
			.anySatisfy((text) -> assertThat(text).contains("以约会收尾").contains("时间").contains("地点").contains("联系人"));
		assertThat(callAndVisit.activeItems())
			.anySatisfy((item) -> assertThat(item.automaticRule()).isEqualTo(AutomaticRule.VISIT_LOGGED));
		assertThat(this.playbook.milestone(Milestone.PROJECT_APPROVAL).activeItems()).anySatisfy((item) -> {
			assertThat(item.automaticRule()).isEqualTo(AutomaticRule.INITIATION_APPROVED);
			assertThat(item.textZh()).contains("项目立项申请表");
		});
	}

	@Test
	void revisingAMilestoneWritesItsHistory() {
		MilestoneRow negotiation = this.playbook.milestone(Milestone.NEGOTIATION);
		MilestoneGuidance guidance = new MilestoneGuidance(negotiation.name().zh(), "Negotiation",
				negotiation.definitionZh(), negotiation.definitionEn(), negotiation.workStandardZh(),
				negotiation.workStandardEn(), 80);
		this.playbook.revise(Milestone.NEGOTIATION, guidance, negotiation.version(), ADMIN);
		this.entityManager.flush();

		MilestoneRow revised = this.playbook.milestone(Milestone.NEGOTIATION);
		assertThat(revised.defaultProbability()).isEqualTo(80);
		assertThat(revised.version()).isEqualTo(negotiation.version() + 1);
		assertThat(this.history.historyOf(new HistorySubject("MILESTONE", negotiation.id()), PageRequest.of(0, 10)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue, HistoryRow::actorName)
			.contains(org.assertj.core.groups.Tuple.tuple("playbook.defaultProbability", "75", "80", "test"),
					org.assertj.core.groups.Tuple.tuple("playbook.nameEn", "Commercial negotiation", "Negotiation",
							"test"));
	}

	@Test
	void aProbabilityBelowThePreviousMilestoneIsRejected() {
		MilestoneRow deepContact = this.playbook.milestone(Milestone.DEEP_CONTACT);
		MilestoneGuidance guidance = new MilestoneGuidance(deepContact.name().zh(), null, deepContact.definitionZh(),
				null, deepContact.workStandardZh(), null, 20);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.playbook.revise(Milestone.DEEP_CONTACT, guidance, deepContact.version(), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("playbook.probability.belowPrevious"));
		assertThat(this.playbook.milestone(Milestone.DEEP_CONTACT).defaultProbability()).isEqualTo(40);
	}

	@Test
	void aStaleVersionIsRefused() {
		MilestoneRow planning = this.playbook.milestone(Milestone.PLANNING);
		MilestoneGuidance guidance = new MilestoneGuidance(planning.name().zh(), null, planning.definitionZh(), null,
				planning.workStandardZh(), null, 5);
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.playbook.revise(Milestone.PLANNING, guidance, planning.version() + 1, ADMIN));
	}

	@Test
	void addingAnItemAppendsItAndWritesHistory() {
		long milestoneVersion = this.playbook.milestone(Milestone.NEGOTIATION).version();
		Long id = this.playbook.addItem(Milestone.NEGOTIATION, ChecklistItemContent.automatic("测试：记录条款谈判活动",
				"Test: negotiation logged", false, AutomaticRule.VISIT_LOGGED), ADMIN);
		this.entityManager.flush();
		List<ChecklistItemRow> items = this.playbook.milestone(Milestone.NEGOTIATION).items();
		assertThat(items.get(items.size() - 1).id()).isEqualTo(id);
		assertThat(items.get(items.size() - 1).satisfaction()).isEqualTo(Satisfaction.AUTOMATIC);
		assertThat(this.history.historyOf(new HistorySubject("CHECKLIST_ITEM", id), PageRequest.of(0, 10)))
			.extracting(HistoryRow::field)
			.contains("playbook.item.textZh", "playbook.item.automaticRule");
		assertThat(this.playbook.historyOf(Milestone.NEGOTIATION)).extracting(HistoryRow::subjectId).contains(id);
		// an admin editing the guidance meanwhile is not told of a conflict
		assertThat(this.playbook.milestone(Milestone.NEGOTIATION).version()).isEqualTo(milestoneVersion);
	}

	@Test
	void retiringKeepsTheItemAndRecordsIt() {
		MilestoneRow contract = this.playbook.milestone(Milestone.CONTRACT_SIGNED);
		ChecklistItemRow item = contract.activeItems().get(0);
		this.playbook.retireItem(Milestone.CONTRACT_SIGNED, item.id(), item.version(), ADMIN);
		this.entityManager.flush();

		MilestoneRow after = this.playbook.milestone(Milestone.CONTRACT_SIGNED);
		assertThat(after.items()).hasSameSizeAs(contract.items());
		assertThat(after.items()).filteredOn((i) -> i.id().equals(item.id()))
			.singleElement()
			.satisfies((retired) -> assertThat(retired.active()).isFalse());
		assertThat(after.activeItems()).hasSize(contract.activeItems().size() - 1);
		assertThat(this.history.historyOf(new HistorySubject("CHECKLIST_ITEM", item.id()), PageRequest.of(0, 10)))
			.extracting(HistoryRow::field, HistoryRow::newValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("playbook.item.active", "false"));

		this.playbook.reactivateItem(Milestone.CONTRACT_SIGNED, item.id(), item.version() + 1, ADMIN);
		this.entityManager.flush();
		assertThat(this.playbook.milestone(Milestone.CONTRACT_SIGNED).activeItems())
			.hasSameSizeAs(contract.activeItems());
	}

	@Test
	void editingAnItemWithAStaleVersionIsRefused() {
		ChecklistItemRow item = this.playbook.milestone(Milestone.DEEP_CONTACT).activeItems().get(0);
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.playbook.reviseItem(Milestone.DEEP_CONTACT, item.id(),
					ChecklistItemContent.manual("新文字", null, true), item.version() + 1, ADMIN));
		assertThat(this.playbook.milestone(Milestone.DEEP_CONTACT).activeItems().get(0).textZh())
			.isEqualTo(item.textZh());
	}

	@Test
	void anItemOfAnotherMilestoneIsNotFound() {
		ChecklistItemRow item = this.playbook.milestone(Milestone.DEEP_CONTACT).activeItems().get(0);
		assertThatExceptionOfType(ChecklistItemNotFoundException.class)
			.isThrownBy(() -> this.playbook.retireItem(Milestone.PLANNING, item.id(), item.version(), ADMIN));
	}

	@Test
	void movingAnItemSwapsItWithItsNeighbour() {
		List<ChecklistItemRow> before = this.playbook.milestone(Milestone.SOLUTION_AND_TENDER).items();
		ChecklistItemRow second = before.get(1);
		this.playbook.moveItem(Milestone.SOLUTION_AND_TENDER, second.id(), -1, second.version(), ADMIN);
		this.entityManager.flush();
		List<ChecklistItemRow> after = this.playbook.milestone(Milestone.SOLUTION_AND_TENDER).items();
		assertThat(after.get(0).id()).isEqualTo(second.id());
		assertThat(after.get(1).id()).isEqualTo(before.get(0).id());
	}

}

package com.kacrm.persistence.contact;

import java.util.List;

import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountNotFoundException;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The people of an account on the real database: adding them under a manager, edits,
 * depth changes and moves with their history (subject CONTACT), the depth trend, cycles
 * and conflicts refused, influence lines once per direction, leaving, and who may see
 * what. Each test rolls back.
 */
@PersistenceTest
class ContactServiceIntegrationTests {

	@Autowired
	ContactService contacts;

	@Autowired
	TestEntityManager entities;

	ContactWorld world;

	long accountId;

	@BeforeEach
	void createOrganisation() {
		this.world = new ContactWorld(this.entities);
		this.accountId = this.world.account.getId();
	}

	@Test
	void aPersonIsAddedUnderTheirManagerWithTheHistoryOfBoth() {
		long director = add("李明", 3, null);
		long buyer = add("王芳", 2, director);

		ContactRow row = this.contacts.show(this.accountId, buyer, this.world.southRep);
		assertThat(row.name()).isEqualTo("王芳");
		assertThat(row.reportsToId()).isEqualTo(director);
		assertThat(row.reportsToName()).isEqualTo("李明");
		assertThat(row.relationshipDepth()).isEqualTo(2);
		assertThat(row.targetDepth()).isEqualTo(4);
		assertThat(row.belowTarget()).isTrue();
		assertThat(row.active()).isTrue();
		assertThat(history(buyer)).extracting(HistoryRow::subjectType, HistoryRow::field, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple(ContactService.CONTACT, ContactService.ADDED_FIELD, "王芳"),
					tuple(ContactService.CONTACT, "contact.reportsTo", "李明"));
		assertThat(this.contacts.contactsOf(this.accountId, false, this.world.southRep)).extracting(ContactRow::id)
			.containsExactlyInAnyOrder(director, buyer);
	}

	@Test
	void aManagerOfAnotherAccountIsRefusedOnTheReportsToFieldAndNothingIsAdded() {
		long stranger = this.contacts.add(this.world.otherAccount.getId(), ContactWorld.person("赵强", 1, null),
				this.world.southRep);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> add("王芳", 2, stranger))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("reportsToId", "contact.error.managerOfOtherAccount")));
	}

	@Test
	void aMoveThatClosesAReportingCycleIsRefused() {
		long gm = add("陈总", 2, null);
		long director = add("李明", 3, gm);
		long buyer = add("王芳", 2, director);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.contacts.moveUnder(this.accountId, gm, version(gm), buyer, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("reportsToId", "contact.error.reportingCycle")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.contacts.moveUnder(this.accountId, gm, version(gm), gm, this.world.southRep));
		assertThat(this.contacts.show(this.accountId, gm, this.world.southRep).reportsToId()).isNull();
	}

	@Test
	void aMoveUnderAnotherManagerAndToTheTopIsKeptInTheHistory() {
		long gm = add("陈总", 2, null);
		long director = add("李明", 3, null);
		long buyer = add("王芳", 2, director);

		this.contacts.moveUnder(this.accountId, buyer, version(buyer), gm, this.world.southRep);
		this.entities.flush();
		assertThat(this.contacts.show(this.accountId, buyer, this.world.southRep).reportsToName()).isEqualTo("陈总");
		this.contacts.moveUnder(this.accountId, buyer, version(buyer), null, this.world.southRep);
		this.entities.flush();
		assertThat(this.contacts.show(this.accountId, buyer, this.world.southRep).reportsToId()).isNull();
		assertThat(history(buyer)).filteredOn((row) -> row.field().equals("contact.reportsTo"))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactly(tuple("陈总", null), tuple("李明", "陈总"), tuple(null, "李明"));
	}

	@Test
	void anEditKeepsOnlyTheChangedFieldsInTheHistory() {
		long buyer = add("王芳", 2, null);
		this.contacts.update(this.accountId, buyer, version(buyer), new ContactDetails("王芳", "采购经理", "采购部",
				"0755-8888 8888", "buyer@huapeng.cn", ContactLevel.IMPLEMENTATION, "钓鱼", 5), this.world.southRep);
		this.entities.flush();

		ContactRow row = this.contacts.show(this.accountId, buyer, this.world.southRep);
		assertThat(row.title()).isEqualTo("采购经理");
		assertThat(row.level()).isEqualTo(ContactLevel.IMPLEMENTATION);
		assertThat(history(buyer)).filteredOn((entry) -> !entry.field().equals(ContactService.ADDED_FIELD))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple("contact.title", "采购总监", "采购经理"),
					tuple("contact.level", "DECISION", "IMPLEMENTATION"), tuple("contact.targetDepth", "4", "5"));
	}

	@Test
	void anEditBasedOnAnOlderVersionIsAConflict() {
		long buyer = add("王芳", 2, null);
		long shown = version(buyer);
		this.contacts.update(this.accountId, buyer, shown, ContactWorld.details("王芳", ContactLevel.USAGE, null),
				this.world.southRep);
		this.entities.flush();
		assertThat(version(buyer)).isGreaterThan(shown);

		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.contacts.update(this.accountId,
				buyer, shown, ContactWorld.details("王芳芳", ContactLevel.IMAGE, null), this.world.southRep));
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.contacts.changeDepth(this.accountId, buyer, shown, 5, null, this.world.southRep));
		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.contacts.moveUnder(this.accountId, buyer, shown, null, this.world.southRep));
		assertThat(this.contacts.show(this.accountId, buyer, this.world.southRep).name()).isEqualTo("王芳");
	}

	@Test
	void depthChangesMakeTheTrendWithTheirReasons() {
		long buyer = add("王芳", 2, null);
		this.contacts.changeDepth(this.accountId, buyer, version(buyer), 3, "一起参观了工厂", this.world.southRep);
		this.entities.flush();
		this.contacts.changeDepth(this.accountId, buyer, version(buyer), 3, "没有变化", this.world.southRep);
		this.entities.flush();
		this.contacts.changeDepth(this.accountId, buyer, version(buyer), 1, "换了供应商", this.world.southRep);
		this.entities.flush();

		List<DepthChange> trend = this.contacts.depthHistoryOf(this.accountId, buyer, this.world.southRep);
		assertThat(trend).extracting(DepthChange::fromDepth, DepthChange::toDepth, DepthChange::reason)
			.containsExactly(tuple(null, 2, null), tuple(2, 3, "一起参观了工厂"), tuple(3, 1, "换了供应商"));
		assertThat(trend.get(0).actorName()).isEqualTo(this.world.southRep.name());
		assertThat(trend.get(1).deeper()).isTrue();
		assertThat(trend.get(2).shallower()).isTrue();
		assertThat(history(buyer)).filteredOn((row) -> row.field().equals(Contact.DEPTH_FIELD)).hasSize(2);
		assertThat(this.contacts.show(this.accountId, buyer, this.world.southRep).relationshipDepth()).isEqualTo(1);
	}

	@Test
	void aPersonNeverChangedHasATrendOfOneStep() {
		long buyer = add("王芳", 4, null);
		assertThat(this.contacts.depthHistoryOf(this.accountId, buyer, this.world.southRep))
			.extracting(DepthChange::fromDepth, DepthChange::toDepth)
			.containsExactly(tuple(null, 4));
	}

	@Test
	void aRepOfAnotherTeamFindsNeitherTheAccountsPeopleNorTheirTrend() {
		long buyer = add("王芳", 2, null);
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.contacts.contactsOf(this.accountId, false, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.contacts.show(this.accountId, buyer, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class)
			.isThrownBy(() -> this.contacts.depthHistoryOf(this.accountId, buyer, this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(
				() -> this.contacts.add(this.accountId, ContactWorld.person("赵强", 1, null), this.world.eastRep));
		assertThatExceptionOfType(AccountNotFoundException.class).isThrownBy(
				() -> this.contacts.changeDepth(this.accountId, buyer, version(buyer), 5, null, this.world.eastRep));
		assertThat(this.contacts.contactsOf(this.accountId, false, this.world.admin)).hasSize(1);
	}

	@Test
	void aPersonOfAnotherAccountIsNotFoundUnderThisOne() {
		long stranger = this.contacts.add(this.world.otherAccount.getId(), ContactWorld.person("赵强", 1, null),
				this.world.southRep);
		assertThatExceptionOfType(ContactNotFoundException.class)
			.isThrownBy(() -> this.contacts.show(this.accountId, stranger, this.world.southRep));
		assertThatExceptionOfType(ContactNotFoundException.class)
			.isThrownBy(() -> this.contacts.view(this.accountId, stranger, this.world.southRep));
	}

	@Test
	void anInfluenceLineIsDrawnOncePerDirectionAndKeptInTheHistory() {
		long engineer = add("总工 刘", 3, null);
		long director = add("李明", 3, null);
		long line = this.contacts.addInfluence(this.accountId, engineer, director, "技术意见他最听", this.world.southRep);
		this.contacts.addInfluence(this.accountId, director, engineer, null, this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.contacts.addInfluence(this.accountId, engineer, director, null, this.world.southRep))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.influenceExists"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.contacts.addInfluence(this.accountId, engineer, engineer, null, this.world.southRep));
		assertThat(this.contacts.influencesOf(this.accountId, this.world.southRep))
			.extracting(InfluenceRow::fromName, InfluenceRow::toName, InfluenceRow::note)
			.containsExactlyInAnyOrder(tuple("李明", "总工 刘", null), tuple("总工 刘", "李明", "技术意见他最听"));
		assertThat(history(engineer)).filteredOn((row) -> row.field().equals(ContactService.INFLUENCE_FIELD))
			.extracting(HistoryRow::newValue, HistoryRow::reason)
			.containsExactly(tuple("李明", "技术意见他最听"));

		this.contacts.removeInfluence(this.accountId, line, this.world.southRep);
		this.entities.flush();
		assertThat(this.contacts.influencesOf(this.accountId, this.world.southRep)).extracting(InfluenceRow::fromName)
			.containsExactly("李明");
		assertThat(history(engineer)).filteredOn((row) -> row.field().equals(ContactService.INFLUENCE_FIELD))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple("李明", null));
	}

	@Test
	void aPersonWithReportsCannotLeaveAndOneWithoutLeavesTheChartButStaysOnFile() {
		long director = add("李明", 3, null);
		long buyer = add("王芳", 2, director);
		this.contacts.addInfluence(this.accountId, buyer, director, null, this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.contacts.leave(this.accountId, director, version(director), this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.hasReports"));

		this.contacts.leave(this.accountId, buyer, version(buyer), this.world.southRep);
		this.entities.flush();
		assertThat(this.contacts.contactsOf(this.accountId, false, this.world.southRep)).extracting(ContactRow::id)
			.containsExactly(director);
		assertThat(this.contacts.contactsOf(this.accountId, true, this.world.southRep))
			.extracting(ContactRow::id, ContactRow::active, ContactRow::reportsToId)
			.containsExactlyInAnyOrder(tuple(director, true, null), tuple(buyer, false, null));
		assertThat(this.contacts.influencesOf(this.accountId, this.world.southRep)).isEmpty();
		assertThat(this.contacts.view(this.accountId, buyer, this.world.southRep).leftAt()).isNotNull();
		assertThat(history(buyer)).extracting(HistoryRow::field, HistoryRow::oldValue)
			.contains(tuple("contact.leftAt", null), tuple("contact.reportsTo", "李明"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.contacts.changeDepth(this.accountId, buyer, version(buyer), 4, null, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("contact.error.left"));

		this.contacts.leave(this.accountId, director, version(director), this.world.southRep);
		this.entities.flush();
		assertThat(this.contacts.contactsOf(this.accountId, false, this.world.southRep)).isEmpty();
	}

	private long add(String name, int depth, Long reportsToId) {
		long id = this.contacts.add(this.accountId, ContactWorld.person(name, depth, reportsToId), this.world.southRep);
		this.entities.flush();
		return id;
	}

	private long version(long contactId) {
		return this.contacts.show(this.accountId, contactId, this.world.southRep).version();
	}

	private List<HistoryRow> history(long contactId) {
		return this.contacts.historyOf(this.accountId, contactId, this.world.southRep);
	}

}

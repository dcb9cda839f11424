package com.kacrm.persistence.activity;

import java.time.Duration;
import java.time.Instant;

import com.kacrm.domain.activity.ContactCadence;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.approval.ApprovalWorld;
import com.kacrm.persistence.test.PersistenceTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contact cadence on the real database: accounts of known tiers whose last contact is
 * moved back in the database are overdue exactly when their tier's interval of the
 * criteria in force has passed (a day inside is in time, a day outside is late), most
 * overdue first, with tallies per rep and team that add up, within the viewer's scope.
 * Each test rolls back.
 */
@PersistenceTest
class CadenceServiceIntegrationTests {

	@Autowired
	CadenceService cadences;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	ApprovalWorld world;

	ContactCadence cadence;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities, this.context);
		this.cadence = this.cadences.cadence();
	}

	@Test
	void theIntervalsAreThoseOfTheTierCriteriaInForce() {
		assertThat(this.cadence.intervals()).containsOnlyKeys(Tier.values());
		assertThat(this.cadence.intervalDays(null))
			.isEqualTo(this.cadence.intervals().values().stream().mapToInt(Integer::intValue).max().orElseThrow());
		assertThat(this.cadence.intervalDays(Tier.A)).isLessThan(this.cadence.intervalDays(Tier.D));
	}

	@Test
	void accountsAreOverdueExactlyPastTheirTiersIntervalMostOverdueFirst() {
		long aLate = account("A 类逾期", Tier.A, 1, this.world.southRep);
		long aInTime = account("A 类按时", Tier.A, -1, this.world.southRep);
		long cLate = account("C 类逾期", Tier.C, 10, this.world.otherSouthRep);
		long cInTime = account("C 类按时", Tier.C, -1, this.world.otherSouthRep);
		long untiered = account("未分类逾期", null, 3, this.world.southRep);
		// The world's own account was filed just now and never contacted: in time.

		OverdueList list = this.cadences.overdue(this.world.southTeam.getId(), null, this.world.southManager,
				PageRequest.of(0, 20));

		assertThat(list.accounts().getContent())
			.extracting(OverdueAccount::accountId, OverdueAccount::tier, OverdueAccount::daysOverdue)
			.containsExactly(tuple(cLate, Tier.C, 10L), tuple(untiered, null, 3L), tuple(aLate, Tier.A, 1L));
		assertThat(list.accounts().getContent()).extracting(OverdueAccount::accountId)
			.doesNotContain(aInTime, cInTime, this.world.accountId);
		assertThat(list.accounts().getContent()).extracting(OverdueAccount::intervalDays)
			.containsExactly(this.cadence.intervalDays(Tier.C), this.cadence.intervalDays(null),
					this.cadence.intervalDays(Tier.A));
		assertThat(list.accounts().getTotalElements()).isEqualTo(3);
		assertThat(list.byTeam()).singleElement().satisfies((team) -> {
			assertThat(team.id()).isEqualTo(this.world.southTeam.getId());
			assertThat(team.overdue()).isEqualTo(3);
			assertThat(team.accounts()).isEqualTo(6);
		});
		assertThat(list.byOwner()).extracting(OverdueTally::id, OverdueTally::overdue, OverdueTally::accounts)
			.containsExactlyInAnyOrder(tuple(this.world.southRep.userId(), 2L, 4L),
					tuple(this.world.otherSouthRep.userId(), 1L, 2L));
		assertThat(list.byOwner().stream().mapToLong(OverdueTally::overdue).sum())
			.isEqualTo(list.byTeam().get(0).overdue());
		assertThat(this.cadences.overdueCount(this.world.otherSouthRep.userId(), this.world.southManager)).isEqualTo(1);
	}

	@Test
	void eachRepSeesTheirTeamsAccountsAndNoOneElses() {
		long late = account("D 类逾期", Tier.D, 5, this.world.southRep);

		assertThat(this.cadences
			.overdue(this.world.southTeam.getId(), this.world.southRep.userId(), this.world.southRep,
					PageRequest.of(0, 20))
			.accounts()
			.getContent()).extracting(OverdueAccount::accountId).containsExactly(late);
		OverdueList east = this.cadences.overdue(this.world.southTeam.getId(), null, this.world.eastRep,
				PageRequest.of(0, 20));
		assertThat(east.accounts().getContent()).isEmpty();
		assertThat(east.byTeam()).isEmpty();
		assertThat(
				this.cadences.overdue(null, null, this.world.eastRep, PageRequest.of(0, 500)).accounts().getContent())
			.extracting(OverdueAccount::accountId)
			.doesNotContain(late);
	}

	/**
	 * A new account of the southern team, of {@code tier} (null: none), last contacted
	 * {@code daysLate} days more (negative: fewer) than its tier's interval ago.
	 */
	private long account(String name, Tier tier, int daysLate, com.kacrm.persistence.shared.Viewer owner) {
		long id = this.world.newAccount(name, this.world.southTeam, owner);
		Instant contacted = Instant.now()
			.minus(Duration.ofDays(this.cadence.intervalDays(tier) + daysLate))
			.minus(Duration.ofHours((daysLate > 0) ? 1 : 0));
		this.entities.flush();
		this.entities
			.createNativeQuery("update account set tier = " + ((tier != null) ? "'" + tier.name() + "'" : "null")
					+ ", last_contacted_at = :at where id = :id")
			.setParameter("at", contacted)
			.setParameter("id", id)
			.executeUpdate();
		return id;
	}

}

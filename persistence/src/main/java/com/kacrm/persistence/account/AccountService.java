package com.kacrm.persistence.account;

import java.time.Clock;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.shared.References;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts. A new account takes the tier the current criteria assign; the account
 * file's screens build on this service.
 */
@Service
public class AccountService {

	/** The history subject type of accounts. */
	public static final String ACCOUNT = TieringService.ACCOUNT;

	private final EntityManager entityManager;

	private final TieringService tiering;

	private final Clock clock;

	AccountService(EntityManager entityManager, TieringService tiering, Clock clock) {
		this.entityManager = entityManager;
		this.tiering = tiering;
		this.clock = clock;
	}

	@Transactional
	public Long create(NewAccount account, Actor actor) {
		References references = new References(this.entityManager);
		Team team = references.require(Team.class, "code", account.teamCode());
		User owner = (account.ownerUsername() != null)
				? references.require(User.class, "username", account.ownerUsername()) : null;
		Industry industry = (account.industryCode() != null)
				? references.require(Industry.class, "code", account.industryCode()) : null;
		Account created = new Account(account.name(), team, owner, industry,
				new TierProfile(account.industryRank(), account.annualRevenue(), account.annualPurchase()),
				this.clock.instant());
		this.entityManager.persist(created);
		this.tiering.assignTier(created, new HistorySubject(ACCOUNT, created.getId(), created.getName()), actor);
		return created.getId();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
	}

}

package com.kacrm.persistence.opportunity;

import java.time.Clock;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens opportunities (商机) on accounts the user may see, at the first milestone. The
 * opportunity screens and the milestones (SPEC 5) build on it; until then it serves the
 * account file (buying centres need a deal) and the demo data.
 */
@Service
public class OpportunityService {

	/** The history subject type of opportunities. */
	public static final String OPPORTUNITY = "OPPORTUNITY";

	/** The history field of an opportunity's opening. */
	public static final String OPENED_FIELD = "opportunity.opened";

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final HistoryService history;

	private final Clock clock;

	OpportunityService(EntityManager entityManager, AccountAccess access, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Opens an opportunity named {@code name} on the account, owned by the viewer when
	 * they may own the account's deals, else by the account's owner.
	 * @return the new opportunity's id
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 * @throws com.kacrm.domain.shared.ChangeRejected when the name is blank or too long
	 */
	@Transactional
	public long open(long accountId, String name, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		User viewerUser = this.entityManager.find(User.class, viewer.userId());
		User owner = (viewerUser != null && Account.mayOwn(viewerUser, account.getTeam())) ? viewerUser
				: account.getOwner();
		Opportunity opportunity = new Opportunity(name, account, owner, viewer.actor(), this.clock.instant());
		this.entityManager.persist(opportunity);
		this.history.record(new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName()),
				List.of(FieldChange.of(OPENED_FIELD, null, account.getName())), viewer.actor(), null);
		return opportunity.getId();
	}

}

package com.kacrm.persistence.activity;

import com.kacrm.domain.activity.Activity;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change which activity (SPEC 1): whoever sees its account, or its deal;
 * the same people may complete, edit and cancel it (a rep works the team's records). A
 * call logged on a lead not yet converted is read through its lead. Outside the scope an
 * activity is "not found" (404), so an id typed into the URL reveals nothing.
 */
@Service
public class ActivityAccess {

	private final EntityManager entityManager;

	private final AccountAccess accounts;

	ActivityAccess(EntityManager entityManager, AccountAccess accounts) {
		this.entityManager = entityManager;
		this.accounts = accounts;
	}

	/** The viewer's scope, for list queries. */
	public AccountScope scopeOf(Viewer viewer) {
		return this.accounts.scopeOf(viewer);
	}

	/**
	 * The activity, if the viewer may see it.
	 * @throws ActivityNotFoundException when it does not exist or is outside the scope
	 */
	@Transactional(readOnly = true)
	public Activity visible(long id, Viewer viewer) {
		return visible(id, scopeOf(viewer));
	}

	/** As {@link #visible(long, Viewer)}, with the scope already worked out. */
	@Transactional(readOnly = true)
	public Activity visible(long id, AccountScope scope) {
		Activity activity = this.entityManager.find(Activity.class, id);
		if (activity == null || !covers(scope, activity)) {
			throw new ActivityNotFoundException(id);
		}
		return activity;
	}

	/**
	 * The activity, visible to the viewer and locked until the transaction ends, to
	 * change it.
	 * @param expectedVersion the version the caller read; null when it does not say
	 * @throws ActivityNotFoundException when the viewer may not see it
	 * @throws ConcurrentEditException when it moved on from {@code expectedVersion}
	 */
	@Transactional
	public Activity forChange(long id, Long expectedVersion, Viewer viewer) {
		Activity activity = this.entityManager.find(Activity.class, id, LockModeType.PESSIMISTIC_WRITE);
		if (activity == null || !covers(scopeOf(viewer), activity)) {
			throw new ActivityNotFoundException(id);
		}
		if (expectedVersion != null) {
			ConcurrentEditException.check(activity, expectedVersion);
		}
		return activity;
	}

	/** Whether the scope covers the activity: its account, or its deal. */
	static boolean covers(AccountScope scope, Activity activity) {
		if (activity.getAccount() == null) {
			// A lead's call is read through the lead, never by id here.
			return false;
		}
		return scope.covers(activity.getAccount())
				|| (activity.getOpportunity() != null && scope.covers(activity.getOpportunity()));
	}

}

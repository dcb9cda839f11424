package com.kacrm.web.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.organisation.Role;

/**
 * The main navigation, in the order of the sales method: leads, accounts, opportunities,
 * visits, approvals, funnel, then administration. Each item names the roles that see it.
 * An item whose feature has not been built yet is shown greyed out rather than as a link
 * that leads nowhere.
 */
public enum NavigationItem {

	LEADS("/leads", "nav.leads", true, Role.REP, Role.MANAGER, Role.ADMIN),

	ACCOUNTS("/accounts", "nav.accounts", true, Role.REP, Role.MANAGER, Role.ADMIN),

	OPPORTUNITIES("/opportunities", "nav.opportunities", true, Role.REP, Role.MANAGER, Role.ADMIN),

	VISITS("/agenda", "nav.visits", true, Role.REP, Role.MANAGER, Role.ADMIN),

	APPROVALS("/approvals", "nav.approvals", true, Role.REP, Role.MANAGER, Role.ADMIN),

	FUNNEL("/funnel", "nav.funnel", true, Role.REP, Role.MANAGER, Role.ADMIN),

	ADMIN("/admin", "nav.admin", true, Role.ADMIN);

	private final String path;

	private final String messageKey;

	private final boolean available;

	private final Set<Role> roles;

	NavigationItem(String path, String messageKey, boolean available, Role... roles) {
		this.path = path;
		this.messageKey = messageKey;
		this.available = available;
		this.roles = EnumSet.copyOf(Arrays.asList(roles));
	}

	/** The items a user of {@code role} sees, in navigation order. */
	public static List<NavigationItem> visibleTo(Role role) {
		return Arrays.stream(values()).filter((item) -> item.roles.contains(role)).toList();
	}

	public String getPath() {
		return this.path;
	}

	/**
	 * The label; reps see their own requests under approvals (我的申请), managers and admins
	 * the requests to decide (审批).
	 */
	public String messageKeyFor(Role role) {
		return (this == APPROVALS && role == Role.REP) ? "nav.myRequests" : this.messageKey;
	}

	public boolean isAvailable() {
		return this.available;
	}

}

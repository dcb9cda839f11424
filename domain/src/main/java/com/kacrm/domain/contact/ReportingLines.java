package com.kacrm.domain.contact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.kacrm.domain.shared.ChangeRejected;

/**
 * The reporting lines of one account's org chart as they stand: who reports to whom. It
 * refuses a move that would make someone their own (indirect) manager, so the chart stays
 * a forest of trees.
 */
public final class ReportingLines {

	private final Map<Long, Long> managerOf;

	/**
	 * @param managerOf the manager's id of each active contact that reports to someone
	 */
	public ReportingLines(Map<Long, Long> managerOf) {
		this.managerOf = new HashMap<>(managerOf);
		this.managerOf.values().removeIf(Objects::isNull);
	}

	/**
	 * @throws ChangeRejected when {@code contactId} reporting to {@code managerId} closes
	 * a cycle: the manager is the contact or reports to them, directly or not
	 */
	public void checkMove(Long contactId, Long managerId) {
		if (contactId == null || managerId == null) {
			return;
		}
		Set<Long> seen = new HashSet<>();
		for (Long current = managerId; current != null && seen.add(current); current = this.managerOf.get(current)) {
			if (current.equals(contactId)) {
				throw ChangeRejected.of("reportsToId", "contact.error.reportingCycle");
			}
		}
	}

	/** Whether anyone reports to {@code contactId}. */
	public boolean hasReports(Long contactId) {
		return this.managerOf.containsValue(contactId);
	}

}

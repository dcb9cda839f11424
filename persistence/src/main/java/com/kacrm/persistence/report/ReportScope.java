package com.kacrm.persistence.report;

import java.util.List;
import java.util.Set;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

/**
 * Whose figures a report may show (issue 9): admins everything, managers the deals and
 * people of the teams they manage, reps their own deals only. A report adds
 * {@link #deals} (or {@link #people}) to its SQL; the parameters go to the same
 * {@link SqlWhere}.
 *
 * @param teamIds the teams whose figures the viewer sees; null for all
 * @param ownerId the rep whose own figures are all they see; null for managers and admins
 */
public record ReportScope(Set<Long> teamIds, Long ownerId) {

	public static ReportScope of(EntityManager entityManager, Viewer viewer) {
		if (viewer.isAdmin()) {
			return new ReportScope(null, null);
		}
		if (viewer.role() == Role.MANAGER) {
			List<Long> managed = entityManager
				.createQuery("select t.id from Team t where t.manager.id = :user", Long.class)
				.setParameter("user", viewer.userId())
				.getResultList();
			return new ReportScope(Set.copyOf(managed), null);
		}
		return new ReportScope(Set.of(), viewer.userId());
	}

	public boolean isAll() {
		return this.teamIds == null && this.ownerId == null;
	}

	/**
	 * Restricts {@code where} to the deals (or other records) the viewer sees, given the
	 * SQL columns of the record's team and owner.
	 */
	public SqlWhere deals(SqlWhere where, String teamColumn, String ownerColumn) {
		if (this.ownerId != null) {
			return where.and(ownerColumn + " = :scopeOwner", "scopeOwner", this.ownerId);
		}
		if (this.teamIds != null) {
			return where.and(teamColumn + " in (:scopeTeams)", "scopeTeams",
					this.teamIds.isEmpty() ? Set.of(-1L) : this.teamIds);
		}
		return where;
	}

	/**
	 * Restricts {@code where} to the people whose figures the viewer sees, given the SQL
	 * columns of a user's id and team: a rep only themselves.
	 */
	public SqlWhere people(SqlWhere where, String userColumn, String teamColumn) {
		return deals(where, teamColumn, userColumn);
	}

	/** Whether the viewer may see the figures of team {@code teamId}. */
	public boolean coversTeam(long teamId) {
		return this.teamIds == null || this.teamIds.contains(teamId);
	}

}

package com.kacrm.persistence.approval;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periodic report of approved projects for 市场策划部 (SPEC 6: "approved projects of a
 * period can be exported"): every 立项 request whose approval falls in the period, with the
 * figures as approved and the deal's milestone today.
 *
 * <p>
 * A request counts in the period of the day it was approved in the display time zone
 * ({@code crm.display-time-zone}), whenever it was filed. Admins (市场策划部) see every team's
 * approvals, a manager those of the deals they see (their teams); reps are refused (403):
 * the report is a management report, and a rep follows their own requests on "my
 * requests".
 */
@Service
public class ApprovalReportService {

	private static final String ROW = "select new com.kacrm.persistence.approval.ApprovalReportRow(r.id, r.number,"
			+ " r.projectName, o.id, a.name, i.name, t.name, u.displayName, r.estimatedAmount,"
			+ " r.expectedContractDate, r.requestedBudget, s.actorName, s.actedAt, o.milestone)"
			+ " from ApprovalTransition s join s.request r join r.opportunity o join o.account a"
			+ " left join a.industry i join o.team t join r.requester u";

	private final EntityManager entityManager;

	private final OpportunityAccess opportunities;

	private final ZoneId zone;

	ApprovalReportService(EntityManager entityManager, OpportunityAccess opportunities,
			@Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.opportunities = opportunities;
		this.zone = zone;
	}

	/**
	 * The requests approved from {@code from} to {@code to} (both included), of team
	 * {@code teamCode} or, when blank, of every team the viewer sees.
	 * @throws NotPermittedException for reps
	 * @throws ChangeRejected when the period ends before it starts (field {@code to})
	 */
	@Transactional(readOnly = true)
	public ApprovalReport approved(LocalDate from, LocalDate to, String teamCode, Viewer viewer) {
		requireReader(viewer);
		if (to.isBefore(from)) {
			throw ChangeRejected.of("to", "approvalReport.error.period");
		}
		String team = (teamCode == null || teamCode.isBlank()) ? null : teamCode.strip();
		AccountScope scope = this.opportunities.scopeOf(viewer);
		TypedQuery<ApprovalReportRow> query = this.entityManager
			.createQuery(ROW + " where s.toStatus = :approved and s.actedAt >= :start and s.actedAt < :end and "
					+ scope.opportunities("o") + ((team != null) ? " and t.code = :team" : "")
					+ " order by s.actedAt, r.number", ApprovalReportRow.class)
			.setParameter("approved", ApprovalStatus.APPROVED)
			.setParameter("start", from.atStartOfDay(this.zone).toInstant())
			.setParameter("end", to.plusDays(1).atStartOfDay(this.zone).toInstant());
		if (team != null) {
			query.setParameter("team", team);
		}
		return new ApprovalReport(from, to, team, scope.bind(query).getResultList(), teamsOf(scope));
	}

	/**
	 * The teams the viewer may limit the report to.
	 * @throws NotPermittedException for reps
	 */
	@Transactional(readOnly = true)
	public List<ApprovalReport.TeamChoice> teams(Viewer viewer) {
		requireReader(viewer);
		return teamsOf(this.opportunities.scopeOf(viewer));
	}

	private static void requireReader(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.isManager()) {
			throw new NotPermittedException(viewer.name() + " may not see the approval report");
		}
	}

	private List<ApprovalReport.TeamChoice> teamsOf(AccountScope scope) {
		return scope
			.bind(this.entityManager
				.createQuery("select t from Team t where " + scope.condition("t.id") + " order by t.code", Team.class))
			.getResultStream()
			.map((team) -> new ApprovalReport.TeamChoice(team.getCode(), team.getName()))
			.toList();
	}

}

package com.kacrm.persistence.opportunity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development team (大客户开拓小组) of deals the user may see: who is on it and what each
 * does. Everyone who may see a deal may change its team (SPEC 1); members are reps and
 * managers of the deal's team, so everyone on it sees the deal. Milestone 3's automatic
 * item TEAM_FORMED reads it. Each change is written to the deal's history.
 */
@Service
public class DealTeamService {

	/** The history field of a member joining (new value) or leaving (old value). */
	public static final String MEMBERS_FIELD = "opportunity.teamMembers";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final HistoryService history;

	private final Clock clock;

	DealTeamService(EntityManager entityManager, OpportunityAccess access, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The deal's team, in the order they joined.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<TeamMemberRow> members(long opportunityId, Viewer viewer) {
		this.access.visible(opportunityId, viewer);
		return membersOf(opportunityId).stream()
			.map((m) -> new TeamMemberRow(m.getUser().getId(), m.getUser().getDisplayName(), m.getUser().getRole(),
					m.getResponsibility(), m.getAddedAt()))
			.toList();
	}

	/**
	 * The enabled reps and managers of the deal's team (and its manager) not on the
	 * development team yet, by name.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<TeamCandidate> candidates(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.access.visible(opportunityId, viewer);
		Set<Long> on = membersOf(opportunityId).stream().map((m) -> m.getUser().getId()).collect(Collectors.toSet());
		return this.access.workersOf(opportunity)
			.stream()
			.filter((u) -> !on.contains(u.getId()))
			.map((u) -> new TeamCandidate(u.getId(), u.getDisplayName(), u.getRole()))
			.toList();
	}

	/**
	 * Puts {@code userId} on the deal's team with what they do on it.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 * @throws ChangeRejected when no user is chosen, the user is not of the deal's team
	 * or on it already, or the responsibility is too long
	 */
	@Transactional
	public void add(long opportunityId, Long userId, String responsibility, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		if (userId == null) {
			throw ChangeRejected.of("userId", "form.required");
		}
		User user = this.entityManager.find(User.class, userId);
		if (user == null) {
			throw ChangeRejected.of("userId", "opportunity.team.outsideTeam");
		}
		if (find(opportunityId, userId) != null) {
			throw ChangeRejected.of("userId", "opportunity.team.already", user.getDisplayName());
		}
		TeamMember member = new TeamMember(opportunity, user, responsibility, this.clock.instant());
		this.entityManager.persist(member);
		this.history.record(OpportunityService.subject(opportunity),
				List.of(FieldChange.of(MEMBERS_FIELD, null, user.getDisplayName())), viewer.actor(),
				member.getResponsibility());
		this.entityManager.flush();
	}

	/**
	 * Takes {@code userId} off the deal's team.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 * @throws ChangeRejected when they are not on it
	 */
	@Transactional
	public void remove(long opportunityId, long userId, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		TeamMember member = find(opportunityId, userId);
		if (member == null) {
			throw ChangeRejected.of("userId", "opportunity.team.notMember");
		}
		this.entityManager.remove(member);
		this.history.record(OpportunityService.subject(opportunity),
				List.of(FieldChange.of(MEMBERS_FIELD, member.getUser().getDisplayName(), null)), viewer.actor(), null);
		this.entityManager.flush();
	}

	private TeamMember find(long opportunityId, long userId) {
		return this.entityManager.find(TeamMember.class, new TeamMember.Key(opportunityId, userId));
	}

	private List<TeamMember> membersOf(long opportunityId) {
		return this.entityManager
			.createQuery("select m from TeamMember m join fetch m.user where m.opportunity.id = :id"
					+ " order by m.addedAt, m.user.displayName", TeamMember.class)
			.setParameter("id", opportunityId)
			.getResultList();
	}

}

package com.kacrm.persistence.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts a lead into an account (转化), optionally with the account's first opportunity
 * at milestone 1 (行业与客户规划): the account carries all the lead's data and the calls logged
 * on it (its last contact is their latest), the lead links to what it became and leaves
 * the active sheet as CONVERTED, and the lead, the account and the opportunity each
 * record it in their history, all in one transaction.
 *
 * <p>
 * The account belongs to the lead's team and owner; a pooled lead converted by a manager
 * goes to the manager's team in the lead's region, with the manager as owner. An existing
 * account with the same name key (查重) holds the conversion back until the user confirms
 * that the lead is another customer; matching leads are shown but do not block.
 */
@Service
public class LeadConversionService {

	/** The history subject type of opportunities. */
	public static final String OPPORTUNITY = OpportunityService.OPPORTUNITY;

	/**
	 * History fields (message keys) of the lead: the account and opportunity it became.
	 */
	public static final String ACCOUNT_FIELD = "conversion.history.account";

	public static final String OPPORTUNITY_FIELD = "conversion.history.opportunity";

	/**
	 * The history field (a message key) of the lead's status, as on the lead's other
	 * changes.
	 */
	public static final String STATUS_FIELD = "lead.status";

	private static final String OPPORTUNITY_NAME_SUFFIX = " 项目";

	private final EntityManager entityManager;

	private final LeadScopes scopes;

	private final LeadSheetService sheet;

	private final AccountService accounts;

	private final TieringService tiering;

	private final HistoryService history;

	private final PlaybookService playbook;

	private final ActivityService activities;

	private final Clock clock;

	LeadConversionService(EntityManager entityManager, LeadScopes scopes, LeadSheetService sheet,
			AccountService accounts, TieringService tiering, HistoryService history, PlaybookService playbook,
			ActivityService activities, Clock clock) {
		this.playbook = playbook;
		this.activities = activities;
		this.entityManager = entityManager;
		this.scopes = scopes;
		this.sheet = sheet;
		this.accounts = accounts;
		this.tiering = tiering;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * What converting the lead would create, and the duplicate check of its name. A
	 * converted lead answers with what it became.
	 * @throws LeadNotFoundException when there is no such lead or the user may not see it
	 * @throws NotPermittedException when the user may not convert this lead
	 */
	@Transactional(readOnly = true)
	public ConversionPreview preview(long leadId, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = this.sheet.visible(leadId, scope);
		if (lead.getStatus() == LeadStatus.CONVERTED) {
			return new ConversionPreview(lead.getId(), lead.getVersion(), lead.getNumber(), lead.getName(),
					lead.getRegion().getName(), null, null, null, null, false, null, null, null, null, null, null, null,
					List.of(), List.of(), lead.getConvertedAccountId(), lead.getConvertedOpportunityId());
		}
		require(LeadSheetService.permissions(lead, scope).convert());
		Holder holder = holderOf(lead, viewer);
		List<DuplicateMatch> matches = this.sheet.duplicatesOf(lead.getName(), lead.getId(), viewer);
		Tier tier = lead.isTierSetByHand() ? lead.getTier()
				: this.tiering.propose(new TierProfile(lead.getIndustryRank(), lead.getAnnualRevenue(), null)).tier();
		return new ConversionPreview(lead.getId(), lead.getVersion(), lead.getNumber(), lead.getName(),
				lead.getRegion().getName(), (lead.getIndustry() != null) ? lead.getIndustry().getName() : null,
				lead.getIndustryRank(), lead.getAnnualRevenue(), tier, lead.isTierSetByHand(),
				(lead.getSource() != null) ? lead.getSource().getName() : null, lead.getContactHint(), lead.getNotes(),
				(holder.team() != null) ? holder.team().getName() : null,
				(holder.owner() != null) ? holder.owner().getDisplayName() : null, holder.problem(),
				defaultOpportunityName(lead.getName()), accountMatchesOf(matches),
				matches.stream().filter(DuplicateMatch::isLead).toList(), null, null);
	}

	/**
	 * Converts the lead as the user saw it at {@code version}.
	 * @throws LeadNotFoundException when there is no such lead or the user may not see it
	 * @throws NotPermittedException when the user may not convert this lead
	 * @throws ConcurrentEditException when the lead changed since the user saw it
	 * @throws DuplicateSuspectedException when accounts with the same name key exist and
	 * {@code duplicatesConfirmed} is false; it carries those accounts
	 * @throws ChangeRejected when the lead is closed, the opportunity's name is missing
	 * or too long, or the user has no team in the region of a pooled lead
	 */
	@Transactional
	public ConversionResult convert(long leadId, long version, ConversionRequest request, boolean duplicatesConfirmed,
			Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = this.sheet.visible(leadId, scope);
		if (!lead.getStatus().isOpen()) {
			throw ChangeRejected.of(null, "conversion.error.leadClosed");
		}
		require(LeadSheetService.permissions(lead, scope).convert());
		ConcurrentEditException.check(lead, version);
		String opportunityName = request.createOpportunity()
				? Opportunity.nameOf(request.opportunityName(), "opportunityName") : null;
		if (!duplicatesConfirmed) {
			List<DuplicateMatch> accountMatches = accountMatchesOf(
					this.sheet.duplicatesOf(lead.getName(), lead.getId(), viewer));
			if (!accountMatches.isEmpty()) {
				throw new DuplicateSuspectedException(accountMatches);
			}
		}
		Holder holder = holderOf(lead, viewer);
		if (holder.problem() != null) {
			throw ChangeRejected.of(null, holder.problem());
		}
		Account account = this.accounts.createFromLead(lead, holder.team(), holder.owner(), viewer.actor());
		this.activities.carryLeadCalls(lead.getId(), account.getId());
		Instant now = this.clock.instant();
		Opportunity opportunity = null;
		if (opportunityName != null) {
			opportunity = new Opportunity(OpportunityDetails.named(opportunityName), account, holder.owner(),
					this.playbook.defaultProbability(Milestone.PLANNING), viewer.actor(), now);
			this.entityManager.persist(opportunity);
			this.history.record(new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName()),
					new FieldChanges().add(AccountService.CONVERTED_FROM_LEAD_FIELD, null, lead.getNumber()).list(),
					viewer.actor(), null);
		}
		LeadStatus previous = lead.getStatus();
		lead.convert(account.getId(), (opportunity != null) ? opportunity.getId() : null, now);
		this.history.record(LeadService.subject(lead),
				new FieldChanges().add(STATUS_FIELD, previous, lead.getStatus())
					.add(ACCOUNT_FIELD, null, account.getName())
					.add(OPPORTUNITY_FIELD, null, (opportunity != null) ? opportunity.getName() : null)
					.list(),
				viewer.actor(), account.getName());
		return new ConversionResult(account.getId(), (opportunity != null) ? opportunity.getId() : null);
	}

	/**
	 * Who will hold the account: the lead's team and owner; for a pooled lead the
	 * converting user's own team in the lead's region, else a team there they manage, and
	 * the user as owner (admins hold no accounts themselves).
	 */
	private Holder holderOf(Lead lead, Viewer viewer) {
		if (lead.getTeam() != null) {
			return new Holder(lead.getTeam(), lead.getOwner(), null);
		}
		List<Team> teams = this.entityManager
			.createQuery("select t from Team t where t.region.id = :region and (t.code = :own or t.manager.id = :user)"
					+ " order by case when t.code = :own then 0 else 1 end, t.code", Team.class)
			.setParameter("region", lead.getRegion().getId())
			.setParameter("own", (viewer.teamCode() != null) ? viewer.teamCode() : "")
			.setParameter("user", viewer.userId())
			.getResultList();
		if (teams.isEmpty()) {
			return new Holder(null, null, "conversion.error.noTeamInRegion");
		}
		User owner = (viewer.role() != Role.ADMIN) ? this.entityManager.find(User.class, viewer.userId()) : null;
		return new Holder(teams.get(0), owner, null);
	}

	private static List<DuplicateMatch> accountMatchesOf(List<DuplicateMatch> matches) {
		return matches.stream().filter((match) -> !match.isLead()).toList();
	}

	private static String defaultOpportunityName(String customerName) {
		int room = Opportunity.MAX_NAME - OPPORTUNITY_NAME_SUFFIX.length();
		String name = (customerName.length() > room) ? customerName.substring(0, room) : customerName;
		return name + OPPORTUNITY_NAME_SUFFIX;
	}

	private static void require(boolean permitted) {
		if (!permitted) {
			throw new NotPermittedException("Not permitted to convert this lead");
		}
	}

	private record Holder(Team team, User owner, String problem) {
	}

}

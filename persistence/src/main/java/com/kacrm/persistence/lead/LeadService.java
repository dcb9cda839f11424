package com.kacrm.persistence.lead;

import java.time.Clock;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.shared.References;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers leads. A new lead's class is proposed by the current tier criteria; the lead
 * sheet's screens build on this service.
 */
@Service
public class LeadService {

	/** The history subject type of leads. */
	public static final String LEAD = TieringService.LEAD;

	private final EntityManager entityManager;

	private final TieringService tiering;

	private final Clock clock;

	LeadService(EntityManager entityManager, TieringService tiering, Clock clock) {
		this.entityManager = entityManager;
		this.tiering = tiering;
		this.clock = clock;
	}

	@Transactional
	public Long register(NewLead lead, Actor actor) {
		References references = new References(this.entityManager);
		Region region = references.require(Region.class, "code", lead.regionCode());
		Team team = (lead.teamCode() != null) ? references.require(Team.class, "code", lead.teamCode()) : null;
		Industry industry = (lead.industryCode() != null)
				? references.require(Industry.class, "code", lead.industryCode()) : null;
		Lead registered = new Lead(lead.name(), region, team, industry, lead.industryRank(), lead.annualRevenue(),
				this.clock.instant());
		this.entityManager.persist(registered);
		this.tiering.assignTier(registered, new HistorySubject(LEAD, registered.getId(), registered.getName()), actor);
		return registered.getId();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.entityManager.createQuery("select count(l) from Lead l", Long.class).getSingleResult();
	}

}

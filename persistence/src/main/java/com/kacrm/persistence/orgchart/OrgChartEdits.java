package com.kacrm.persistence.orgchart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes made on the org chart screen, guarded as one record: the chart as the user saw
 * it has a stamp (a fingerprint of its people and their versions, its influence lines and
 * the selected deal's seats), and a change is refused as a conflict when the chart moved
 * on since — so a move or a role chosen on an old picture never silently overwrites
 * someone else's. The account is locked while the stamp is compared and the change made.
 */
@Service
public class OrgChartEdits {

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	OrgChartEdits(EntityManager entityManager, AccountAccess access, ContactService contacts,
			BuyingCentreService buyingCentres) {
		this.entityManager = entityManager;
		this.access = access;
		this.contacts = contacts;
		this.buyingCentres = buyingCentres;
	}

	/**
	 * The stamp of the account's chart with {@code opportunityId}'s seats (none when it
	 * is null), as the user sees it now.
	 */
	@Transactional(readOnly = true)
	public String stampOf(long accountId, Long opportunityId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return stamp(accountId, opportunityId);
	}

	/**
	 * Moves a person under another manager (or to the top), if the chart is unchanged.
	 */
	@Transactional
	public void moveUnder(long accountId, Long opportunityId, String stamp, long contactId, Long managerId,
			Viewer viewer) {
		requireUnchanged(accountId, opportunityId, stamp, viewer);
		long version = this.contacts.show(accountId, contactId, viewer).version();
		this.contacts.moveUnder(accountId, contactId, version, managerId, viewer);
	}

	/** Draws an influence line, if the chart is unchanged. */
	@Transactional
	public long addInfluence(long accountId, Long opportunityId, String stamp, long fromId, long toId, String note,
			Viewer viewer) {
		requireUnchanged(accountId, opportunityId, stamp, viewer);
		return this.contacts.addInfluence(accountId, fromId, toId, note, viewer);
	}

	/** Removes an influence line, if the chart is unchanged. */
	@Transactional
	public void removeInfluence(long accountId, Long opportunityId, String stamp, long lineId, Viewer viewer) {
		requireUnchanged(accountId, opportunityId, stamp, viewer);
		this.contacts.removeInfluence(accountId, lineId, viewer);
	}

	/** Gives a person a seat on the deal (or changes it), if the chart is unchanged. */
	@Transactional
	public void assign(long accountId, long opportunityId, String stamp, long contactId, BuyingRole role,
			Attitude attitude, Support support, Viewer viewer) {
		requireUnchanged(accountId, opportunityId, stamp, viewer);
		this.buyingCentres.assign(opportunityId, contactId, role, attitude, support, viewer);
	}

	/** Takes a person out of the deal's buying centre, if the chart is unchanged. */
	@Transactional
	public void remove(long accountId, long opportunityId, String stamp, long contactId, Viewer viewer) {
		requireUnchanged(accountId, opportunityId, stamp, viewer);
		this.buyingCentres.remove(opportunityId, contactId, viewer);
	}

	private void requireUnchanged(long accountId, Long opportunityId, String stamp, Viewer viewer) {
		this.access.locked(accountId, viewer);
		if (stamp == null || !stamp.equals(stamp(accountId, opportunityId))) {
			throw new ConcurrentEditException("The org chart of account " + accountId + " changed since it was shown");
		}
	}

	private String stamp(long accountId, Long opportunityId) {
		StringBuilder state = new StringBuilder();
		List<Object[]> people = this.entityManager
			.createQuery("select c.id, c.version from Contact c where c.account.id = :account order by c.id",
					Object[].class)
			.setParameter("account", accountId)
			.getResultList();
		people.forEach((row) -> state.append('p').append(row[0]).append(':').append(row[1]).append(';'));
		this.entityManager
			.createQuery("select l.id from InfluenceLine l where l.account.id = :account order by l.id", Long.class)
			.setParameter("account", accountId)
			.getResultList()
			.forEach((id) -> state.append('i').append(id).append(';'));
		if (opportunityId != null) {
			this.entityManager
				.createQuery("select m.contact.id, m.version from BuyingCentreMember m"
						+ " where m.opportunity.id = :opportunity order by m.contact.id", Object[].class)
				.setParameter("opportunity", opportunityId)
				.getResultList()
				.forEach((row) -> state.append('s').append(row[0]).append(':').append(row[1]).append(';'));
		}
		return digest(state.toString());
	}

	private static String digest(String state) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}

package com.kacrm.domain.buyingcentre;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One person in one deal's buying centre (采购中心): their role on this deal, their attitude
 * to change and their support for our project. The same person can be evaluator on one
 * deal and final approver on another; on one deal they hold one role.
 *
 * <p>
 * Invariants: the person works at the deal's customer and has not left when they join.
 */
@Entity
@Table(name = "buying_centre_member")
public class BuyingCentreMember extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "contact_id", nullable = false, updatable = false)
	private Contact contact;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BuyingRole role;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Attitude attitude;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Support support = Support.NEUTRAL;

	protected BuyingCentreMember() {
	}

	/**
	 * {@code contact} joins the buying centre of {@code opportunity}.
	 * @throws ChangeRejected when the person is of another customer or left, or role or
	 * support is missing
	 */
	public BuyingCentreMember(Opportunity opportunity, Contact contact, BuyingRole role, Attitude attitude,
			Support support) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.contact = Objects.requireNonNull(contact, "contact");
		if (!Account.same(opportunity.getAccount(), contact.getAccount())) {
			throw ChangeRejected.of("contactId", "buyingCentre.error.contactOfOtherAccount");
		}
		if (!contact.isActive()) {
			throw ChangeRejected.of("contactId", "contact.error.left");
		}
		take(role, attitude, support);
	}

	/**
	 * Changes the person's role, attitude and support on this deal.
	 * @return the fields that changed, for the deal's history
	 * @throws ChangeRejected when the person left the customer: their seat stays as it
	 * was
	 */
	public List<FieldChange> change(BuyingRole newRole, Attitude newAttitude, Support newSupport) {
		if (!this.contact.isActive()) {
			throw ChangeRejected.of("contactId", "contact.error.left");
		}
		FieldChanges changes = new FieldChanges().add("buyingCentre.role", this.role, newRole)
			.add("buyingCentre.attitude", this.attitude, newAttitude)
			.add("buyingCentre.support", this.support, newSupport);
		take(newRole, newAttitude, newSupport);
		return changes.list();
	}

	private void take(BuyingRole newRole, Attitude newAttitude, Support newSupport) {
		if (newRole == null) {
			throw ChangeRejected.of("role", "form.required");
		}
		if (newSupport == null) {
			throw ChangeRejected.of("support", "form.required");
		}
		this.role = newRole;
		this.attitude = newAttitude;
		this.support = newSupport;
	}

	/** This member as the coverage rules read it. */
	public Seat seat() {
		return new Seat(this.contact.getId(), this.contact.getName(), this.role, this.support,
				this.contact.getRelationshipDepth(), this.contact.isActive());
	}

	/**
	 * Whether every key buying role (※ + = −) of a deal is held by someone still at the
	 * customer and each such holder's attitude is known: milestone 4's "every key buying
	 * role identified with known attitude".
	 */
	public static boolean keyRolesKnown(Collection<BuyingCentreMember> members) {
		List<BuyingCentreMember> active = members.stream().filter((member) -> member.getContact().isActive()).toList();
		return Arrays.stream(BuyingRole.values()).filter(BuyingRole::isKey).allMatch((role) -> {
			List<BuyingCentreMember> holders = active.stream().filter((member) -> member.getRole() == role).toList();
			return !holders.isEmpty() && holders.stream().allMatch((member) -> member.getAttitude() != null);
		});
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public Contact getContact() {
		return this.contact;
	}

	public BuyingRole getRole() {
		return this.role;
	}

	public Attitude getAttitude() {
		return this.attitude;
	}

	public Support getSupport() {
		return this.support;
	}

}

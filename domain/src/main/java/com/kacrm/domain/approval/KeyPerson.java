package com.kacrm.domain.approval;

import java.util.Objects;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One of the customer's key people named on a 立项 request (决策流程与关键人物), linked to the org
 * chart by the contact's id, with the buying role, attitude and support the requester
 * stated, as the decider read them.
 */
@Embeddable
public class KeyPerson {

	@Column(name = "contact_id", nullable = false)
	private Long contactId;

	@Enumerated(EnumType.STRING)
	@Column(name = "buying_role", length = 32)
	private BuyingRole role;

	@Enumerated(EnumType.STRING)
	@Column(length = 32)
	private Attitude attitude;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Support support;

	protected KeyPerson() {
	}

	public KeyPerson(Long contactId, BuyingRole role, Attitude attitude, Support support) {
		this.contactId = Objects.requireNonNull(contactId, "contactId");
		this.role = role;
		this.attitude = attitude;
		this.support = support;
	}

	public Long getContactId() {
		return this.contactId;
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

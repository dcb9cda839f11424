package com.kacrm.web.orgchart;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;

/**
 * A person's seat in the selected deal's buying centre: role, attitude to change and
 * support for our project.
 */
public class SeatForm {

	private Long contactId;

	private BuyingRole role;

	private Attitude attitude;

	private Support support = Support.NEUTRAL;

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public BuyingRole getRole() {
		return this.role;
	}

	public void setRole(BuyingRole role) {
		this.role = role;
	}

	public Attitude getAttitude() {
		return this.attitude;
	}

	public void setAttitude(Attitude attitude) {
		this.attitude = attitude;
	}

	public Support getSupport() {
		return this.support;
	}

	public void setSupport(Support support) {
		this.support = support;
	}

}

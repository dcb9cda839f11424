package com.kacrm.web.account;

/** Opening an opportunity on the account: its name. */
public class OpportunityForm {

	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}

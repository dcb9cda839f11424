package com.kacrm.domain.organisation;

/**
 * What a user may do. A rep (客户经理) works their own and their team's records, a manager
 * (大客户经理 / 区域销售经理) everything of the teams they manage, an admin (信息专员) everything.
 */
public enum Role {

	REP, MANAGER, ADMIN;

	/**
	 * Spring Security authority name, kept here so every layer spells it the same way.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}

package com.kacrm.web.account;

/**
 * Giving an account to another team or owner (a manager's or admin's decision): the
 * team's code, the owner's user name (blank: nobody, the team's pool) and the version the
 * user read.
 */
public class ReassignForm {

	private String teamCode;

	private String ownerUsername;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	public String getTeamCode() {
		return this.teamCode;
	}

	public void setTeamCode(String teamCode) {
		this.teamCode = teamCode;
	}

	public String getOwnerUsername() {
		return this.ownerUsername;
	}

	public void setOwnerUsername(String ownerUsername) {
		this.ownerUsername = ownerUsername;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

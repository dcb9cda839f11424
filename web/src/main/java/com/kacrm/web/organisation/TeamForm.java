package com.kacrm.web.organisation;

import com.kacrm.persistence.organisation.TeamChange;
import com.kacrm.persistence.organisation.TeamDraft;
import com.kacrm.persistence.organisation.TeamRow;

/**
 * The team form: code (new teams only), names, region and, for existing teams, the
 * manager.
 */
public class TeamForm {

	private String code;

	private String nameZh;

	private String nameEn;

	private String regionCode;

	private String managerUsername;

	private long version;

	static TeamForm of(TeamRow team) {
		TeamForm form = new TeamForm();
		form.code = team.code();
		form.refresh(team);
		return form;
	}

	/** Takes the team's current values and version, e.g. after a concurrent edit. */
	void refresh(TeamRow team) {
		this.nameZh = team.name().zh();
		this.nameEn = team.name().en();
		this.regionCode = team.regionCode();
		this.managerUsername = team.managerUsername();
		this.version = team.version();
	}

	TeamDraft toDraft() {
		return new TeamDraft(this.code, this.nameZh, this.nameEn, this.regionCode);
	}

	TeamChange toChange() {
		return new TeamChange(this.nameZh, this.nameEn, this.regionCode, this.managerUsername);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getManagerUsername() {
		return this.managerUsername;
	}

	public void setManagerUsername(String managerUsername) {
		this.managerUsername = managerUsername;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

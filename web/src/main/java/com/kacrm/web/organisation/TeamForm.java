package com.kacrm.web.organisation;

import com.kacrm.persistence.organisation.TeamChange;
import com.kacrm.persistence.organisation.TeamDraft;
import com.kacrm.persistence.organisation.TeamRow;
import com.kacrm.web.shared.NamedForm;

/**
 * The team form: code (new teams only), names, region and, for existing teams, the
 * manager.
 */
public class TeamForm extends NamedForm {

	private String code;

	private String regionCode;

	private String managerUsername;

	static TeamForm of(TeamRow team) {
		TeamForm form = new TeamForm();
		form.code = team.code();
		form.refresh(team);
		return form;
	}

	/** Takes the team's current values and version, e.g. after a concurrent edit. */
	void refresh(TeamRow team) {
		setNameZh(team.name().zh());
		setNameEn(team.name().en());
		this.regionCode = team.regionCode();
		this.managerUsername = team.managerUsername();
		setVersion(team.version());
	}

	TeamDraft toDraft() {
		return new TeamDraft(this.code, getNameZh(), getNameEn(), this.regionCode);
	}

	TeamChange toChange() {
		return new TeamChange(getNameZh(), getNameEn(), this.regionCode, this.managerUsername);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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

}

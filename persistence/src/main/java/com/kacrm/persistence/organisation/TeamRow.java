package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.LocalizedName;

/** A team with its region and manager (both manager fields null when it has none). */
public record TeamRow(Long id, long version, String code, LocalizedName name, String regionCode,
		LocalizedName regionName, String managerUsername, String managerName) {

	static TeamRow of(Team team) {
		Region region = team.getRegion();
		User manager = team.getManager();
		return new TeamRow(team.getId(), team.getVersion(), team.getCode(), team.getName(), region.getCode(),
				region.getName(), (manager != null) ? manager.getUsername() : null,
				(manager != null) ? manager.getDisplayName() : null);
	}

}

package com.kacrm.persistence.organisation;

import java.util.List;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.shared.LocalizedName;

/** A region with the teams that cover it, ordered by code. */
public record RegionRow(Long id, long version, String code, LocalizedName name, List<TeamRow> teams) {

	static RegionRow of(Region region, List<TeamRow> teams) {
		return new RegionRow(region.getId(), region.getVersion(), region.getCode(), region.getName(),
				List.copyOf(teams));
	}

}

package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.shared.LocalizedName;

/** One lead source; {@code parentCode} is null for a top-level channel. */
public record LeadSourceRow(Long id, String code, LocalizedName name, String parentCode, boolean active) {

	static LeadSourceRow of(LeadSource source) {
		String parentCode = (source.getParent() != null) ? source.getParent().getCode() : null;
		return new LeadSourceRow(source.getId(), source.getCode(), source.getName(), parentCode, source.isActive());
	}

}

package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One lead source; {@code parentId} and {@code parentCode} are null for a top-level
 * channel.
 */
public record LeadSourceRow(Long id, long version, String code, LocalizedName name, Long parentId, String parentCode,
		int sortOrder, boolean active) {

	static LeadSourceRow of(LeadSource source) {
		LeadSource parent = source.getParent();
		return new LeadSourceRow(source.getId(), source.getVersion(), source.getCode(), source.getName(),
				(parent != null) ? parent.getId() : null, (parent != null) ? parent.getCode() : null,
				source.getSortOrder(), source.isActive());
	}

	public boolean topLevel() {
		return this.parentId == null;
	}

}

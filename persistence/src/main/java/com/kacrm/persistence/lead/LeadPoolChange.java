package com.kacrm.persistence.lead;

import com.kacrm.domain.lead.LeadStatus;

/**
 * A lead after a claim or a release: its new version for the next edit, its status and
 * owner (null when pooled).
 */
public record LeadPoolChange(long id, long version, LeadStatus status, String ownerUsername) {

}

package com.kacrm.persistence.lead;

import java.time.Instant;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;

/** What registering a lead gave it: id, number (编号), status, class and time. */
public record RegisteredLead(long id, String number, LeadStatus status, Tier customerClass, Instant registeredAt) {

}

package com.kacrm.persistence.organisation;

/** Counts shown on the admin index. */
public record OrganisationSummary(long regions, long teams, long users) {
}

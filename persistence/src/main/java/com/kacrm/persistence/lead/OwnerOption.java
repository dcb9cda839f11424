package com.kacrm.persistence.lead;

/** A user a lead may be assigned to: a rep or manager of a team in the lead's region. */
public record OwnerOption(String username, String displayName, String teamCode) {

}

package com.kacrm.persistence.account;

import com.kacrm.domain.shared.LocalizedName;

/** A user who owns, or may own, accounts of team {@code teamCode}. */
public record OwnerChoice(String username, String displayName, String teamCode, LocalizedName team) {

}

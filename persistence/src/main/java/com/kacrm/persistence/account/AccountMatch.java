package com.kacrm.persistence.account;

import com.kacrm.domain.shared.LocalizedName;

/**
 * An existing account whose name has the same duplicate-check key
 * ({@code CompanyNameKey}) as a name being entered (查重).
 */
public record AccountMatch(long id, String name, LocalizedName team) {

}

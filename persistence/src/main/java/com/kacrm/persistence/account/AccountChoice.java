package com.kacrm.persistence.account;

import com.kacrm.domain.shared.LocalizedName;

/** A region, industry or team offered by the account screens' filters and forms. */
public record AccountChoice(String code, LocalizedName name) {

}

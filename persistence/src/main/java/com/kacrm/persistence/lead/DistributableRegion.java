package com.kacrm.persistence.lead;

import com.kacrm.domain.shared.LocalizedName;

/** A region whose lead sheet the user may send now. */
public record DistributableRegion(String code, LocalizedName name) {

}

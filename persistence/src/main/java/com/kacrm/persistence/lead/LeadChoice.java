package com.kacrm.persistence.lead;

import com.kacrm.domain.shared.LocalizedName;

/**
 * A value a lead field may take (a region, an industry, a lead source), for select lists;
 * {@code parentCode} groups lead sources under their channel.
 */
public record LeadChoice(String code, LocalizedName name, String parentCode) {

}

package com.kacrm.persistence.lead;

import java.util.List;

/**
 * The values the sheet's filters and the lead form offer: regions, active industries and
 * active lead sources (channels first, each followed by its detailed sources).
 */
public record LeadChoices(List<LeadChoice> regions, List<LeadChoice> industries, List<LeadChoice> sources) {

}

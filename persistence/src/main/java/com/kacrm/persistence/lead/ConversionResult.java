package com.kacrm.persistence.lead;

/** What a lead became: an account and, when asked for, its first opportunity. */
public record ConversionResult(long accountId, Long opportunityId) {

}

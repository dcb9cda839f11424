package com.kacrm.persistence.lead;

/**
 * What the user chose when converting a lead: whether to open the account's first
 * opportunity at milestone 1 (行业与客户规划) and its name.
 */
public record ConversionRequest(boolean createOpportunity, String opportunityName) {

}

package com.kacrm.persistence.reference;

/** What an admin typed for a lead source's names and place in its level. */
public record LeadSourceChange(String nameZh, String nameEn, int sortOrder) {

}

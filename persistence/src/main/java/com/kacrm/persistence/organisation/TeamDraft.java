package com.kacrm.persistence.organisation;

/**
 * A team to create, as typed in the form. It gets its manager later, once a manager
 * belongs to it.
 */
public record TeamDraft(String code, String nameZh, String nameEn, String regionCode) {
}

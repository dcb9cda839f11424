package com.kacrm.persistence.organisation;

/** A region to create, as typed in the form. */
public record RegionDraft(String code, String nameZh, String nameEn) {
}

package com.kacrm.persistence.industry;

import java.time.Instant;

import com.kacrm.domain.shared.LocalizedName;

/** An industry note as the list shows it. */
public record IndustryNoteRow(long id, long industryId, LocalizedName industryName, String title, String content,
		String source, Instant createdAt, String createdByName) {

}

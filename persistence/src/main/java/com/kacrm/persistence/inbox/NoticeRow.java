package com.kacrm.persistence.inbox;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;

/**
 * A notice as the inbox shows it: screens render {@code notice.kind.<KIND>} and
 * {@code notice.body.<KIND>} with the arguments in the reader's language, and link to the
 * record it is about.
 *
 * @param subjectType the history subject type of the record (e.g. LEAD), or null
 * @param readAt null while unread
 */
public record NoticeRow(long id, NoticeKind kind, String subjectType, Long subjectId, List<String> arguments,
		Instant createdAt, Instant readAt) {

	static NoticeRow of(Notice notice) {
		return new NoticeRow(notice.getId(), notice.getKind(), notice.getSubjectType(), notice.getSubjectId(),
				List.copyOf(notice.getArguments()), notice.getCreatedAt(), notice.getReadAt());
	}

	public boolean unread() {
		return this.readAt == null;
	}

}

package com.kacrm.persistence.inbox;

import java.time.Clock;

import com.kacrm.domain.inbox.Notice;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's inbox (收件箱): the notices the system sent them (a region's lead sheet, a lead
 * about to return to the pool), newest first; opening one marks it read. Nobody sees
 * another user's notices.
 */
@Service
public class InboxService {

	private final NoticeRepository notices;

	private final Clock clock;

	InboxService(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** The viewer's notices, newest first. */
	@Transactional(readOnly = true)
	public Page<NoticeRow> notices(Viewer viewer, Pageable pageable) {
		return this.notices.inboxOf(viewer.userId(), pageable).map(NoticeRow::of);
	}

	/** How many of user {@code userId}'s notices are unread: one indexed count. */
	@Transactional(readOnly = true)
	public long unreadCount(long userId) {
		return this.notices.countUnread(userId);
	}

	/**
	 * The notice, marked read now (the first time only).
	 * @throws NoticeNotFoundException when there is none in the viewer's inbox
	 */
	@Transactional
	public NoticeRow open(long id, Viewer viewer) {
		Notice notice = this.notices.findById(id)
			.filter((found) -> found.getRecipient().getId().equals(viewer.userId()))
			.orElseThrow(() -> new NoticeNotFoundException(id));
		notice.markRead(this.clock.instant());
		return NoticeRow.of(notice);
	}

}

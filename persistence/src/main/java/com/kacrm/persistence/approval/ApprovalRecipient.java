package com.kacrm.persistence.approval;

import com.kacrm.domain.inbox.NoticeKind;

/**
 * Someone a step of a 立项 request concerns, and what to tell them: the notice in their
 * inbox and, when SMTP is configured and they have an address, the e-mail.
 *
 * @param kind what the notice says ({@code notice.kind.<KIND>},
 * {@code notice.body.<KIND>})
 * @param email where to e-mail them, or null
 * @param preferredLocale their language ({@code zh_CN}, {@code en}), or null for the
 * site's default
 */
public record ApprovalRecipient(long userId, String displayName, String email, String preferredLocale,
		NoticeKind kind) {

	public boolean hasEmail() {
		return this.email != null;
	}

}

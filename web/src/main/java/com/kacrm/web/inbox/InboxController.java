package com.kacrm.web.inbox;

import java.time.Instant;
import java.util.Locale;

import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.approval.ApprovalNotices;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.persistence.inbox.NoticeRow;
import com.kacrm.persistence.lead.LeadDistributionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's inbox (收件箱): notices newest first, unread ones in bold, each in the reader's
 * language; opening one marks it read and goes to the record it is about.
 */
@Controller
class InboxController {

	private static final int PAGE_SIZE = 30;

	private final InboxService inbox;

	private final MessageSource messages;

	InboxController(InboxService inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping("/inbox")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		Page<InboxItem> notices = this.inbox.notices(user.viewer(), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map((notice) -> item(notice, locale));
		model.addAttribute("notices", notices.getContent());
		model.addAttribute("page", notices);
		model.addAttribute("showDistributions", user.getRole() != Role.REP);
		return "inbox/list";
	}

	@PostMapping("/inbox/{id}/open")
	String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + targetOf(this.inbox.open(id, user.viewer()));
	}

	/**
	 * Where a notice leads: the record it is about, or back to the inbox; an expense
	 * overrun to its deal's expenses tab, where the manager decides it.
	 */
	static String targetOf(NoticeRow notice) {
		if (notice.subjectId() == null || notice.subjectType() == null) {
			return "/inbox";
		}
		if (notice.kind() == NoticeKind.EXPENSE_OVERRUN) {
			return "/opportunities/" + notice.subjectId() + "/expenses";
		}
		return switch (notice.subjectType()) {
			case LeadDistributionService.SUBJECT_TYPE -> "/leads/distributions/" + notice.subjectId();
			case LeadService.LEAD -> "/leads/" + notice.subjectId();
			case ApprovalNotices.SUBJECT_TYPE -> "/approvals/" + notice.subjectId();
			case OpportunityService.OPPORTUNITY -> "/opportunities/" + notice.subjectId();
			default -> "/inbox";
		};
	}

	private InboxItem item(NoticeRow notice, Locale locale) {
		String kind = notice.kind().name();
		Object[] arguments = notice.arguments().toArray();
		return new InboxItem(
				notice.id(), this.messages.getMessage("notice.kind." + kind, null, kind, locale), this.messages
					.getMessage("notice.body." + kind, arguments, String.join(" ", notice.arguments()), locale),
				notice.createdAt(), notice.unread());
	}

	/** One notice as the inbox shows it, its text already in the reader's language. */
	record InboxItem(long id, String title, String body, Instant createdAt, boolean unread) {
	}

}

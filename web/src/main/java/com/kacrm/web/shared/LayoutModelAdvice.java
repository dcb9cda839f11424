package com.kacrm.web.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.persistence.approval.ApprovalListService;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.domain.organisation.Role;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts what the page layout needs into every model: the logged-in user, the navigation
 * they may see, how many unread notices wait in their inbox and how many 立项 requests wait
 * for their decision.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final ObjectProvider<InboxService> inbox;

	private final ObjectProvider<ApprovalListService> approvals;

	LayoutModelAdvice(ObjectProvider<InboxService> inbox, ObjectProvider<ApprovalListService> approvals) {
		this.inbox = inbox;
		this.approvals = approvals;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser(@AuthenticationPrincipal CurrentUser user) {
		return user;
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation(@AuthenticationPrincipal CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		return NavigationItem.visibleTo(user.getRole())
			.stream()
			.map((item) -> new NavigationLink(item.name(), item.getPath(), item.messageKeyFor(user.getRole()),
					item.isAvailable()))
			.toList();
	}

	/**
	 * The unread notices of the signed-in user, for the inbox badge: one indexed count,
	 * not asked for API calls (no layout) or anonymous pages.
	 */
	@ModelAttribute("unreadNotices")
	Long unreadNotices(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		InboxService notices = this.inbox.getIfAvailable();
		if (user == null || notices == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| DatabaseOutage.isErrorDispatchFor(request)) {
			return null;
		}
		return notices.unreadCount(user.getId());
	}

	/**
	 * The 立项 requests waiting for the signed-in manager's or admin's decision, for the
	 * badge next to the approvals entry: one indexed count, not asked for reps, API calls
	 * or anonymous pages.
	 */
	@ModelAttribute("pendingApprovals")
	Long pendingApprovals(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		ApprovalListService list = this.approvals.getIfAvailable();
		if (user == null || list == null || user.getRole() == Role.REP
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| DatabaseOutage.isErrorDispatchFor(request)) {
			return null;
		}
		return list.pendingCount(user.viewer());
	}

	/**
	 * Links that switch the language of the current page and keep its query (filters,
	 * paging), e.g. {@code ?industry=3&page=2&lang=en}; relative, so they stay on the
	 * current path.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (String language : List.of("zh_CN", "en")) {
			links.put(language, languageLink(request.getQueryString(), language));
		}
		return links;
	}

	static String languageLink(String query, String language) {
		try {
			return UriComponentsBuilder.newInstance()
				.query(query)
				.replaceQueryParam("lang", language)
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			// A query that is not properly encoded is not worth keeping.
			return "?lang=" + language;
		}
	}

	/** One entry of the main navigation as the layout renders it. */
	public record NavigationLink(String id, String path, String messageKey, boolean available) {
	}

}

package com.kacrm.web.shared;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page layout needs into every model: the logged-in user and the navigation
 * they may see.
 */
@ControllerAdvice
class LayoutModelAdvice {

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

	/** One entry of the main navigation as the layout renders it. */
	public record NavigationLink(String id, String path, String messageKey, boolean available) {
	}

}

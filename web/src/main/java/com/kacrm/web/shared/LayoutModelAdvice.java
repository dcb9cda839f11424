package com.kacrm.web.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

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

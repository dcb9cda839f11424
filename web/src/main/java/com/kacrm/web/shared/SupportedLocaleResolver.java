package com.kacrm.web.shared;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese (zh-CN) by default, English on request; the choice is remembered in a cookie
 * for a year. Without a choice in this browser ({@code ?lang=} or the cookie), a
 * signed-in user gets the language the admin set for them. Any other requested or stored
 * locale falls back to Chinese, so nothing but the two supported bundles is ever used.
 */
public class SupportedLocaleResolver extends CookieLocaleResolver {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	public SupportedLocaleResolver() {
		super("CRM_LANG");
		setDefaultLocale(CHINESE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocaleFunction(SupportedLocaleResolver::preferredLocale);
	}

	/** The signed-in user's preferred language, Chinese when there is none. */
	static Locale preferredLocale(HttpServletRequest request) {
		if (request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof CurrentUser user && user.getPreferredLocale() != null) {
			return supported(user.getPreferredLocale());
		}
		return CHINESE;
	}

	/**
	 * The locale of a stored preference ({@code zh_CN}, {@code en}); null for none.
	 */
	public static Locale fromPreference(String preference) {
		if (preference == null || preference.isBlank()) {
			return null;
		}
		return supported(Locale.forLanguageTag(preference.strip().replace('_', '-')));
	}

	/**
	 * The supported locale closest to {@code requested}: English for any English, Chinese
	 * otherwise.
	 */
	public static Locale supported(Locale requested) {
		return (requested != null && "en".equals(requested.getLanguage())) ? Locale.ENGLISH : CHINESE;
	}

	/**
	 * For the JSON API a client that names a language in {@code Accept-Language} is
	 * answered in it ({@code ?lang} still wins); screens ignore the browser's header and
	 * stay Chinese until the user chooses.
	 */
	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (isApi(request) && request.getParameter("lang") == null
				&& request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			return supported(request.getLocale());
		}
		return supported(super.resolveLocale(request));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, (locale != null) ? supported(locale) : null);
	}

}

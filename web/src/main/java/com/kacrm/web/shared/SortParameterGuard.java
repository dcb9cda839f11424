package com.kacrm.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 400 to a {@code sort} parameter that is not well percent-encoded (e.g.
 * {@code %' OR name LIKE '%}) before any list is asked for. Spring Data decodes the sort
 * parameter once more when it reads a {@code Sort} or {@code Pageable}, and a lone
 * {@code %} there is an {@link IllegalArgumentException}, i.e. a 500. Well-formed values
 * still go to the lists' allow-lists ({@code SortKeys}).
 */
@Configuration(proxyBeanMethods = false)
class SortParameterGuard implements WebMvcConfigurer, HandlerInterceptor {

	private static final String SORT = "sort";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String[] values = request.getParameterValues(SORT);
		if (values != null) {
			for (String value : values) {
				if (!decodable(value)) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unsupported sort");
				}
			}
		}
		return true;
	}

	/** True when every {@code %} starts an escape of two hexadecimal digits. */
	static boolean decodable(String value) {
		for (int i = value.indexOf('%'); i >= 0; i = value.indexOf('%', i + 1)) {
			if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
					|| Character.digit(value.charAt(i + 2), 16) < 0) {
				return false;
			}
		}
		return true;
	}

}

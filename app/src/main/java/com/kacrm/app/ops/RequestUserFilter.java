package com.kacrm.app.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs inside the security filter chain, once the user is known, and hands the username
 * to the log lines of the request (MDC {@code user}) and to {@link RequestLoggingFilter}.
 */
public class RequestUserFilter extends OncePerRequestFilter {

	static final String USER_ATTRIBUTE = RequestUserFilter.class.getName() + ".user";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			request.setAttribute(USER_ATTRIBUTE, authentication.getName());
			MDC.put("user", authentication.getName());
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("user");
		}
	}

}

package com.kacrm.app.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF tokens (its clients send credentials with every call), but a
 * browser that once cached Basic credentials would send them with a forged cross-site
 * form as well. Browsers say where a request comes from ({@code Sec-Fetch-Site}); a
 * changing API call from another site is refused before authentication.
 */
class CrossSiteApiWriteFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String site = request.getHeader("Sec-Fetch-Site");
		if (!SAFE_METHODS.contains(request.getMethod()) && site != null && FOREIGN_SITES.contains(site)) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN, "Cross-site API requests may not change data.");
			return;
		}
		chain.doFilter(request, response);
	}

}

package com.kacrm.app.ops;

import java.io.IOException;

import com.kacrm.web.shared.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 for a database outage that surfaces outside Spring MVC: the session store
 * (PostgreSQL) fails before any controller runs, and an error page would fail the same
 * way. Sits in front of the session filter and answers the page or the API's problem
 * itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			DatabaseOutage.sendAnswer(request, response);
		}
	}

}

package com.kacrm.web.shared;

import java.net.URI;

import com.kacrm.persistence.shared.ConcurrentEditException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A conflict no screen caught itself: two saves of the same record at the same moment,
 * where the database's version check at commit refuses the second, or two new records
 * that passed the duplicate check together and met the unique constraint. The user is
 * sent back to the page they came from, which shows the current values, with the conflict
 * message; nothing of theirs was saved. (Forms that catch {@link ConcurrentEditException}
 * keep the user's input instead.)
 */
@ControllerAdvice
class ConflictHandling {

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class,
			jakarta.persistence.OptimisticLockException.class, ConcurrentEditException.class,
			DataIntegrityViolationException.class })
	String conflict(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", FormErrors.CONFLICT);
		return "redirect:" + backTo(request);
	}

	/** The referring page of this application, or the home page. */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && path != null
						&& path.startsWith(request.getContextPath() + "/")) {
					String local = path.substring(request.getContextPath().length());
					return (uri.getRawQuery() != null) ? local + "?" + uri.getRawQuery() : local;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not a URI: fall back to the home page.
			}
		}
		return "/";
	}

}

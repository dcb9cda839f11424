package com.kacrm.web.shared;

import java.io.IOException;

import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A record that does not exist or may not be seen answers 404 through the error page (or
 * a problem document for the API), never a stack trace; a change the user may not make
 * answers 403.
 */
@ControllerAdvice
class NotFoundHandling {

	@ExceptionHandler(RecordNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler(NotPermittedException.class)
	void notPermitted(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}

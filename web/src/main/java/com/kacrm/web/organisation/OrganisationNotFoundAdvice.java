package com.kacrm.web.organisation;

import java.io.IOException;

import com.kacrm.persistence.organisation.OrganisationRecordNotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A region, team or user id in the URL that does not exist: the translated 404 page.
 */
@ControllerAdvice(basePackageClasses = OrganisationNotFoundAdvice.class)
class OrganisationNotFoundAdvice {

	@ExceptionHandler(OrganisationRecordNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}

package com.kacrm.web.agenda;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of the CRM as users reach it, for links that leave the browser (a calendar
 * feed's address, an event's link): {@code crm.base-url} as the approval e-mails use it,
 * or else the address of the request.
 */
@Component
public class CrmBaseUrl {

	private final String configured;

	CrmBaseUrl(@Value("${crm.base-url:}") String configured) {
		String value = configured.strip();
		this.configured = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

	/** Without a trailing slash. */
	public String of(HttpServletRequest request) {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

}

package com.kacrm.app.test;

import java.util.Map;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

/**
 * Flash attributes for a MockMvc request, as the redirect target receives them. MockMvc's
 * own {@code flashAttr} keeps them in the mock request's session, which the application
 * never reads: its sessions live in PostgreSQL (Spring Session), whose filter hands the
 * controllers another session. This puts them where the dispatcher looks first.
 */
public final class FlashAttributes {

	private FlashAttributes() {
	}

	public static RequestPostProcessor flash(String name, Object value) {
		return flash(Map.of(name, value));
	}

	public static RequestPostProcessor flash(Map<String, ?> attributes) {
		return (request) -> {
			FlashMap input = (FlashMap) request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE);
			if (input == null) {
				input = new FlashMap();
				request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, input);
			}
			input.putAll(attributes);
			return request;
		};
	}

}

package com.kacrm.web.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses, in every form field and request parameter, text that PostgreSQL cannot store
 * ({@link StorableText}): binding fails on that field, so a form shows it again with the
 * message {@value StorableText#MESSAGE_KEY} next to it and a parameter answers 400,
 * instead of a database error (500) or a silently altered value.
 */
@ControllerAdvice
class StorableTextBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StorableTextEditor());
	}

	/** Passes text through unchanged, or refuses it. */
	static final class StorableTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!StorableText.isStorable(text)) {
				throw new IllegalArgumentException("Text with a NUL character or a lone surrogate cannot be stored");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}

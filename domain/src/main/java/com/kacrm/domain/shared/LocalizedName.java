package com.kacrm.domain.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A name kept in Chinese and English, as reference data is shown in the user's language.
 * Chinese is the authoritative name (the manuals' term); English falls back to it when
 * missing.
 */
@Embeddable
public record LocalizedName(@Column(name = "name_zh", nullable = false, length = 100) String zh,
		@Column(name = "name_en", length = 100) String en) implements Serializable {

	public LocalizedName {
		Objects.requireNonNull(zh, "Chinese name is required");
		zh = zh.strip();
		if (zh.isEmpty() || zh.length() > 100) {
			throw new IllegalArgumentException("Chinese name must have 1 to 100 characters");
		}
		en = (en == null || en.isBlank()) ? null : en.strip();
		if (en != null && en.length() > 100) {
			throw new IllegalArgumentException("English name must have at most 100 characters");
		}
	}

	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.en != null) ? this.en : this.zh;
	}

}

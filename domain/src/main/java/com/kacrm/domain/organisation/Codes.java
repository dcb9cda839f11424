package com.kacrm.domain.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

import com.kacrm.domain.shared.ChangeRejected;

/** Short upper-case codes (region SZ, team SZ) that appear in numbers and URLs. */
final class Codes {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

	private Codes() {
	}

	/**
	 * The code as typed, trimmed and upper case; refused on the form's {@code code} field
	 * unless it is 2 to 8 letters or digits starting with a letter.
	 */
	static String require(String code) {
		String canonical = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(canonical).matches()) {
			throw ChangeRejected.of("code", "organisation.code.invalid");
		}
		return canonical;
	}

}

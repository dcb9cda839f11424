package com.kacrm.domain.organisation;

import java.util.regex.Pattern;

/** Short upper-case codes (region SZ, team SZ) that appear in numbers and URLs. */
final class Codes {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,7}");

	private Codes() {
	}

	static String require(String code, String what) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(what + " must be 2 to 8 upper-case letters or digits: " + code);
		}
		return code;
	}

}

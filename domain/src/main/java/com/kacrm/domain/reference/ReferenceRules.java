package com.kacrm.domain.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;

/**
 * The rules every piece of reference data shares: codes that imports and the API can rely
 * on, names of 1 to 100 characters, a sane sort order. Broken rules are reported with the
 * form field they concern ({@code code}, {@code nameZh}, {@code nameEn},
 * {@code sortOrder}).
 */
public final class ReferenceRules {

	/** Upper case letters, digits and '_', 2 to 32 characters. */
	public static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,32}");

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_SORT_ORDER = 99_999;

	private ReferenceRules() {
	}

	/**
	 * The name in both languages, validated: Chinese required, both at most 100
	 * characters.
	 * @throws ChangeRejected naming {@code nameZh} and/or {@code nameEn}
	 */
	public static LocalizedName name(String zh, String en) {
		List<Violation> violations = new ArrayList<>();
		String zhStripped = (zh != null) ? zh.strip() : "";
		if (zhStripped.isEmpty()) {
			violations.add(Violation.of("nameZh", "reference.name.required"));
		}
		else if (zhStripped.length() > MAX_NAME_LENGTH) {
			violations.add(Violation.of("nameZh", "reference.name.tooLong", MAX_NAME_LENGTH));
		}
		if (en != null && en.strip().length() > MAX_NAME_LENGTH) {
			violations.add(Violation.of("nameEn", "reference.name.tooLong", MAX_NAME_LENGTH));
		}
		ChangeRejected.throwIfAny(violations);
		return new LocalizedName(zhStripped, en);
	}

	/** Adds a violation of {@code code} unless it follows {@link #CODE}. */
	public static void checkCode(String code, List<Violation> violations) {
		if (code == null || !CODE.matcher(code).matches()) {
			violations.add(Violation.of("code", "reference.code.invalid"));
		}
	}

	static void checkSortOrder(int sortOrder, List<Violation> violations) {
		if (sortOrder < 0 || sortOrder > MAX_SORT_ORDER) {
			violations.add(Violation.of("sortOrder", "reference.sortOrder.range", "0", String.valueOf(MAX_SORT_ORDER)));
		}
	}

}

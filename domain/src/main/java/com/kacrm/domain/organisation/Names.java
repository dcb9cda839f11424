package com.kacrm.domain.organisation;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;

/**
 * Builds the Chinese and English name of a region or team from a form, refusing blank or
 * over-long names next to the fields {@code nameZh} and {@code nameEn}.
 */
public final class Names {

	static final int MAX_LENGTH = 100;

	private Names() {
	}

	public static LocalizedName of(String zh, String en) {
		List<Violation> violations = new ArrayList<>();
		if (zh == null || zh.isBlank()) {
			violations.add(Violation.of("nameZh", "organisation.name.required"));
		}
		else if (zh.strip().length() > MAX_LENGTH) {
			violations.add(Violation.of("nameZh", "organisation.name.tooLong", MAX_LENGTH));
		}
		if (en != null && en.strip().length() > MAX_LENGTH) {
			violations.add(Violation.of("nameEn", "organisation.name.tooLong", MAX_LENGTH));
		}
		ChangeRejected.throwIfAny(violations);
		return new LocalizedName(zh, en);
	}

}

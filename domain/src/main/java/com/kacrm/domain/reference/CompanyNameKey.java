package com.kacrm.domain.reference;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key under which two spellings of one company's name meet, for the duplicate check
 * (查重): full-width characters folded to half width (NFKC), letters in lower case, the
 * company-form suffixes dropped from the end (有限公司, 股份有限公司, 集团, Co., Ltd., …),
 * repeatedly, and whitespace and punctuation removed. So "深圳华达集团有限公司", "深圳 华达" and
 * "深圳华达（集团）" share the key "深圳华达", and "Acme Co., Ltd." and "ACME" share "acme".
 *
 * <p>
 * A branch (分公司) and a factory (厂) are kept apart from their company: they are often
 * different customers. A name that is nothing but a suffix keeps it, so "集团" still has a
 * key.
 */
public final class CompanyNameKey {

	/** Chinese company forms, longest first. */
	private static final List<String> CHINESE_SUFFIXES = List.of("股份有限责任公司", "有限责任公司", "股份有限公司", "控股有限公司", "集团有限公司",
			"有限公司", "股份公司", "集团公司", "控股集团", "公司", "集团");

	/** Latin company forms, only as whole words at the end. */
	private static final Pattern LATIN_SUFFIX = Pattern.compile(
			"^(.*?\\S)[\\s\\p{P}]*\\b(?:co|ltd|limited|inc|incorporated|corp|corporation|company|group|holdings|llc|plc|gmbh)\\b[\\s\\p{P}]*$");

	private static final Pattern IGNORED = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");

	private CompanyNameKey() {
	}

	/** The key of {@code name}; empty for a blank or null name. */
	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
		Matcher latin = LATIN_SUFFIX.matcher(folded);
		while (latin.matches()) {
			folded = latin.group(1);
			latin = LATIN_SUFFIX.matcher(folded);
		}
		String key = IGNORED.matcher(folded).replaceAll("");
		boolean stripped = true;
		while (stripped && !CHINESE_SUFFIXES.contains(key)) {
			stripped = false;
			for (String suffix : CHINESE_SUFFIXES) {
				if (key.length() > suffix.length() && key.endsWith(suffix)) {
					key = key.substring(0, key.length() - suffix.length());
					stripped = true;
					break;
				}
			}
		}
		return key;
	}

}

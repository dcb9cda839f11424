package com.kacrm.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile input corpus ({@code security/hostile-corpus.txt} on the test class path):
 * XSS, SQL/HQL injection, path traversal, control characters, Unicode edge cases,
 * spreadsheet formulas and over-long strings, with the escapes the file's header
 * documents resolved.
 */
public final class HostileCorpus {

	private static final String RESOURCE = "/security/hostile-corpus.txt";

	private static List<Case> cases;

	private HostileCorpus() {
	}

	/** Every case of the corpus, in file order. */
	public static synchronized List<Case> cases() {
		if (cases == null) {
			cases = List.copyOf(load());
		}
		return cases;
	}

	/** Only the cases short enough for a name field of {@code maxLength} characters. */
	public static List<Case> shorterThan(int maxLength) {
		return cases().stream().filter((c) -> c.value().length() <= maxLength).toList();
	}

	private static List<Case> load() {
		List<Case> result = new ArrayList<>();
		try (InputStream in = HostileCorpus.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String group = "";
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.startsWith("## ")) {
					group = line.substring(3).strip();
				}
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String value;
				if (line.startsWith("@repeat ")) {
					String[] parts = line.split(" ", 3);
					value = unescape(parts[2]).repeat(Integer.parseInt(parts[1]));
				}
				else {
					value = unescape(line);
				}
				result.add(new Case(group + " (line " + lineNumber + ")", value));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}

	static String unescape(String line) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != '\\' || i + 1 == line.length()) {
				out.append(c);
				continue;
			}
			char next = line.charAt(++i);
			switch (next) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case '0' -> out.append('\0');
				case '\\' -> out.append('\\');
				case 'u' -> {
					out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append('\\').append(next);
			}
		}
		return out.toString();
	}

	/**
	 * One hostile string.
	 *
	 * @param label where it comes from, for failure messages
	 * @param value the string itself
	 */
	public record Case(String label, String value) {

		/** The value, shortened and with control characters shown, for messages. */
		public String shown() {
			StringBuilder out = new StringBuilder();
			String v = (this.value.length() > 40) ? this.value.substring(0, 40) + "…(" + this.value.length() + ")"
					: this.value;
			for (char c : v.toCharArray()) {
				if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || c == 0x202E) {
					out.append(String.format("\\u%04X", (int) c));
				}
				else {
					out.append(c);
				}
			}
			return out.toString();
		}

		/** True when PostgreSQL can store it as text: no NUL, no lone surrogate. */
		public boolean storable() {
			for (int i = 0; i < this.value.length(); i++) {
				char c = this.value.charAt(i);
				if (c == 0) {
					return false;
				}
				if (Character.isHighSurrogate(c)) {
					if (i + 1 < this.value.length() && Character.isLowSurrogate(this.value.charAt(i + 1))) {
						i++;
						continue;
					}
					return false;
				}
				if (Character.isLowSurrogate(c)) {
					return false;
				}
			}
			return true;
		}

	}

}

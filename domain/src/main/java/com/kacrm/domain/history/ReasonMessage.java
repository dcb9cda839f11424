package com.kacrm.domain.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reason the system gives for a change (e.g. "30 days without contact"), kept as a
 * message key and its arguments so that every history screen shows it in the reader's
 * language; the entry's text reason keeps the Chinese wording for the audit.
 */
public record ReasonMessage(String key, List<String> arguments) {

	private static final String PREFIX = "msg:";

	private static final String SEPARATOR = "\u001f";

	public ReasonMessage {
		Objects.requireNonNull(key, "key");
		arguments = List.copyOf(arguments);
	}

	public static ReasonMessage of(String key, Object... arguments) {
		return new ReasonMessage(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The form stored in a history entry's reason code. */
	public String encode() {
		List<String> parts = new ArrayList<>();
		parts.add(this.key);
		parts.addAll(this.arguments);
		return PREFIX + String.join(SEPARATOR, parts);
	}

	/** The message a reason code holds, if it holds one (other codes are tier checks). */
	public static Optional<ReasonMessage> decode(String code) {
		if (code == null || !code.startsWith(PREFIX)) {
			return Optional.empty();
		}
		List<String> parts = List.of(code.substring(PREFIX.length()).split(SEPARATOR, -1));
		return Optional.of(new ReasonMessage(parts.get(0), parts.subList(1, parts.size())));
	}

}

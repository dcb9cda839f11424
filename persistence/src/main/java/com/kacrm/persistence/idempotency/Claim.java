package com.kacrm.persistence.idempotency;

/**
 * What a request carrying an idempotency key may do: run ({@link Outcome#FIRST}), answer
 * with the first request's stored answer ({@link Outcome#REPLAY}), wait because the first
 * request still runs ({@link Outcome#IN_FLIGHT}), or be refused because the key was used
 * for another request ({@link Outcome#MISMATCH}).
 *
 * @param outcome what to do
 * @param answer the stored answer for {@link Outcome#REPLAY}, else null
 */
public record Claim(Outcome outcome, StoredAnswer answer) {

	static Claim first() {
		return new Claim(Outcome.FIRST, null);
	}

	static Claim inFlight() {
		return new Claim(Outcome.IN_FLIGHT, null);
	}

	static Claim mismatch() {
		return new Claim(Outcome.MISMATCH, null);
	}

	static Claim replay(StoredAnswer answer) {
		return new Claim(Outcome.REPLAY, answer);
	}

	/** What the request may do. */
	public enum Outcome {

		FIRST, REPLAY, IN_FLIGHT, MISMATCH

	}

}

package com.kacrm.domain.assessment;

/** An answer to an assessment question, with its points: yes 2, partly 1, no 0. */
public enum Answer {

	YES(2), PARTLY(1), NO(0);

	private final int points;

	Answer(int points) {
		this.points = points;
	}

	public int points() {
		return this.points;
	}

}

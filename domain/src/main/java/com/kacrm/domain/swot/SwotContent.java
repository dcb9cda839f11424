package com.kacrm.domain.swot;

/** The four quadrants of a SWOT as users write them; any may be empty, not all. */
public record SwotContent(String strengths, String weaknesses, String opportunities, String threats) {

	public boolean isEmpty() {
		return blank(this.strengths) && blank(this.weaknesses) && blank(this.opportunities) && blank(this.threats);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

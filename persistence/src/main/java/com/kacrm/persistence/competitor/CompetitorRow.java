package com.kacrm.persistence.competitor;

/**
 * A competitor as lists, its page and the API show it, with the version an edit is based
 * on.
 */
public record CompetitorRow(long id, long version, String name, String products, String strengths, String weaknesses,
		String localOrganisation) {

}

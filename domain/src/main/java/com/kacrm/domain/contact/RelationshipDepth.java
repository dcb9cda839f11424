package com.kacrm.domain.contact;

/**
 * How deep our relationship with a person is (关系层度), 1 (none: 不认识) to 5 (trusted: 信任), as
 * the manual's ladder 1 不认识 → 2 认识 → 3 熟悉 → 4 朋友 → 5 信任.
 */
public final class RelationshipDepth {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private RelationshipDepth() {
	}

	public static boolean isValid(Integer depth) {
		return depth != null && depth >= MIN && depth <= MAX;
	}

}

package com.kacrm.persistence.shared;

import jakarta.persistence.EntityManager;

/**
 * Looks up the records a new record refers to by their natural key (a team's code, a
 * user's name), so services of one feature need not reach into another's repositories.
 */
public final class References {

	private final EntityManager entityManager;

	public References(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The {@code type} whose {@code attribute} equals {@code value}.
	 * @throws IllegalArgumentException when there is none
	 */
	public <T> T require(Class<T> type, String attribute, Object value) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :value", type)
			.setParameter("value", value)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + value));
	}

}

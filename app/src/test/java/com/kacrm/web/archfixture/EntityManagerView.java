package com.kacrm.web.archfixture;

import jakarta.persistence.EntityManager;

/** Breaks a rule on purpose: web code that queries the database itself. */
public class EntityManagerView {

	private final EntityManager entityManager;

	public EntityManagerView(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public Object load(Long id) {
		return this.entityManager.find(Object.class, id);
	}

}

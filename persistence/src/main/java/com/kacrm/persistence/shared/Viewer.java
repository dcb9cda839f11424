package com.kacrm.persistence.shared;

import java.util.Objects;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;

/**
 * The signed-in user on whose behalf a service reads or changes records: which rows they
 * may see and which changes they may make follow from their role, their team and the
 * teams they manage. Services take it from the web layer; they never read the security
 * context.
 *
 * @param teamCode the user's own team; null for admins without one
 */
public record Viewer(Long userId, String name, Role role, String teamCode) {

	public Viewer {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(role, "role");
	}

	/** This user as the actor of a change. */
	public Actor actor() {
		return new Actor(this.userId, this.name);
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean isManager() {
		return this.role == Role.MANAGER;
	}

}

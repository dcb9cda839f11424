package com.kacrm.persistence.opportunity;

import java.time.Instant;

import com.kacrm.domain.organisation.Role;

/** One of our people on a deal's development team (大客户开拓小组). */
public record TeamMemberRow(long userId, String name, Role role, String responsibility, Instant addedAt) {

}

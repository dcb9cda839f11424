package com.kacrm.persistence.opportunity;

import com.kacrm.domain.organisation.Role;

/**
 * Someone who may join a deal's development team: an enabled rep or manager of its team.
 */
public record TeamCandidate(long userId, String name, Role role) {

}

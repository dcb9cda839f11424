package com.kacrm.persistence.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** The user list's filter as a query predicate. */
final class UserSpecifications {

	private UserSpecifications() {
	}

	@SuppressWarnings("unchecked")
	static Specification<User> matching(UserFilter filter) {
		return (root, query, builder) -> {
			boolean counting = query.getResultType() == Long.class || query.getResultType() == long.class;
			Join<User, Team> team = counting ? root.join("team", JoinType.LEFT)
					: (Join<User, Team>) root.<User, Team>fetch("team", JoinType.LEFT);
			List<Predicate> predicates = new ArrayList<>();
			if (filter.role() != null) {
				predicates.add(builder.equal(root.get("role"), filter.role()));
			}
			if (filter.teamCode() != null && !filter.teamCode().isBlank()) {
				predicates.add(builder.equal(team.get("code"), filter.teamCode().strip()));
			}
			if (filter.enabled() != null) {
				predicates.add(builder.equal(root.get("enabled"), filter.enabled()));
			}
			if (filter.search() != null && !filter.search().isBlank()) {
				String pattern = "%" + escape(filter.search().strip().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(builder.or(builder.like(root.get("username"), pattern, '\\'),
						builder.like(builder.lower(root.get("displayName")), pattern, '\\')));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}

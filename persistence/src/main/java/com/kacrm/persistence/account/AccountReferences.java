package com.kacrm.persistence.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.account.AccountProfile;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.EntityManager;

/**
 * Resolves the codes of an account draft and the team and owner of a new or reassigned
 * account to the records they name; an unknown code is a violation on its field, never an
 * error page. Violations are collected, so a form shows every problem at once.
 */
final class AccountReferences {

	private final EntityManager entityManager;

	private final List<Violation> violations = new ArrayList<>();

	AccountReferences(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The draft with its industry resolved; an inactive industry is refused unless the
	 * account has it already ({@code current}).
	 */
	AccountProfile profile(AccountDraft draft, Industry current) {
		Industry industry = find(Industry.class, "industryCode", draft.industryCode());
		if (industry != null && !industry.isActive()
				&& !(current != null && Objects.equals(industry.getId(), current.getId()))) {
			this.violations.add(Violation.of("industryCode", "lead.error.inactive"));
		}
		AccountProfile profile = new AccountProfile(draft.name(), industry, draft.industryRank(), draft.annualRevenue(),
				draft.annualPurchase(), draft.address(), draft.phone(), draft.website(),
				draft.businessCharacteristics(), draft.industryPosition(), draft.distributionCapability(),
				draft.financialStrength(), draft.commercialCredit(), draft.cooperationIntent(), draft.decisionMode(),
				draft.lifecycle(), draft.relationshipStage());
		this.violations.addAll(profile.violations());
		return profile;
	}

	/** The team of {@code code}, which must be one {@code scope} covers. */
	Team team(String code, AccountScope scope, String outsideScopeKey) {
		if (code == null || code.isBlank()) {
			this.violations.add(Violation.of("teamCode", "form.required"));
			return null;
		}
		Team team = find(Team.class, "teamCode", code);
		if (team != null && !scope.covers(team.getId())) {
			this.violations.add(Violation.of("teamCode", outsideScopeKey));
			return null;
		}
		return team;
	}

	/** The user named {@code username}, or null when none is named. */
	User owner(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		List<User> found = this.entityManager
			.createQuery("select u from User u where u.username = :username", User.class)
			.setParameter("username", username.strip())
			.getResultList();
		if (found.isEmpty()) {
			this.violations.add(Violation.of("ownerUsername", "lead.error.unknownCode", username.strip()));
			return null;
		}
		return found.get(0);
	}

	void reject(String field, String messageKey) {
		this.violations.add(Violation.of(field, messageKey));
	}

	List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	private <T> T find(Class<T> type, String field, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		List<T> found = this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
			.setParameter("code", code.strip())
			.getResultList();
		if (found.isEmpty()) {
			this.violations.add(Violation.of(field, "lead.error.unknownCode", code.strip()));
			return null;
		}
		return found.get(0);
	}

}

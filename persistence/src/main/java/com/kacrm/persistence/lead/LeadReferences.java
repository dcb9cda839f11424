package com.kacrm.persistence.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.lead.LeadDetails;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.EntityManager;

/**
 * Resolves the codes of a {@link LeadDraft} to the records they name; an unknown code is
 * a violation on its field, never an error page.
 */
final class LeadReferences {

	private final EntityManager entityManager;

	/**
	 * Records found by type and code, when this instance serves many drafts; else null.
	 */
	private final Map<String, Object> found;

	LeadReferences(EntityManager entityManager) {
		this(entityManager, null);
	}

	private LeadReferences(EntityManager entityManager, Map<String, Object> found) {
		this.entityManager = entityManager;
		this.found = found;
	}

	/**
	 * References that look each code up once, for the rows of one import: the sheet names
	 * a handful of regions, industries and sources thousands of times.
	 */
	static LeadReferences remembering(EntityManager entityManager) {
		return new LeadReferences(entityManager, new HashMap<>());
	}

	/**
	 * The draft with its references resolved.
	 * @throws ChangeRejected naming every unknown code and every rule the details break
	 */
	LeadDetails resolve(LeadDraft draft) {
		return resolve(draft, List.of());
	}

	/**
	 * The draft with its references resolved, refused together with {@code others} found
	 * by the caller.
	 * @throws ChangeRejected naming every unknown code, every rule the details break and
	 * every violation in {@code others}
	 */
	LeadDetails resolve(LeadDraft draft, List<Violation> others) {
		List<Violation> violations = new ArrayList<>(others);
		Region region = find(Region.class, "regionCode", draft.regionCode(), violations);
		Industry industry = find(Industry.class, "industryCode", draft.industryCode(), violations);
		if (industry != null && !industry.isActive()) {
			violations.add(Violation.of("industryCode", "lead.error.inactive"));
		}
		LeadSource source = find(LeadSource.class, "sourceCode", draft.sourceCode(), violations);
		LeadDetails details = new LeadDetails(draft.customerName(), region, industry, draft.industryRank(),
				draft.annualRevenue(), source, draft.contactHint(), draft.notes());
		// The lead's own rules too (a missing region, say), before a number is drawn for
		// it.
		violations.addAll(com.kacrm.domain.lead.Lead.violationsOf(details)
			.stream()
			.filter((violation) -> violations.stream()
				.noneMatch((v) -> java.util.Objects.equals(v.field(), violation.field())))
			.toList());
		if (violations.isEmpty()) {
			return details;
		}
		throw new ChangeRejected(violations);
	}

	private <T> T find(Class<T> type, String field, String code, List<Violation> violations) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String key = type.getSimpleName() + ":" + code.strip();
		Object known = (this.found != null) ? this.found.get(key) : null;
		if (known != null) {
			return type.cast(known);
		}
		List<T> found = this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
			.setParameter("code", code.strip())
			.getResultList();
		if (found.isEmpty()) {
			violations.add(Violation.of(field, "lead.error.unknownCode", code.strip()));
			return null;
		}
		if (this.found != null) {
			this.found.put(key, found.get(0));
		}
		return found.get(0);
	}

}

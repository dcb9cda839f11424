package com.kacrm.persistence.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.ReferenceRules;
import com.kacrm.domain.reference.StrategyText;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin maintenance of industries and lead sources. Every change is checked against the
 * version the admin edited and written to the record's history (subjects {@code INDUSTRY}
 * and {@code LEAD_SOURCE}) in the same transaction. Nothing is ever deleted: records in
 * use are deactivated.
 */
@Service
public class ReferenceDataAdminService {

	public static final String INDUSTRY = "INDUSTRY";

	public static final String LEAD_SOURCE = "LEAD_SOURCE";

	private final IndustryRepository industries;

	private final LeadSourceRepository leadSources;

	private final HistoryService history;

	ReferenceDataAdminService(IndustryRepository industries, LeadSourceRepository leadSources, HistoryService history) {
		this.industries = industries;
		this.leadSources = leadSources;
		this.history = history;
	}

	/** All industries, grouped by strategy class, in the admin's order within each. */
	@Transactional(readOnly = true)
	public List<IndustryRow> industriesByClass() {
		return this.industries.findAllByClass().stream().map(IndustryRow::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<IndustryRow> findIndustry(long id) {
		return this.industries.findById(id).map(IndustryRow::of);
	}

	/**
	 * Creates an active industry.
	 * @return its id
	 * @throws ChangeRejected when a rule is broken or code or Chinese name is taken
	 */
	@Transactional
	public long createIndustry(String code, IndustryChange change, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		LocalizedName name = collect(violations, () -> ReferenceRules.name(change.nameZh(), change.nameEn()));
		StrategyText strategy = collect(violations,
				() -> StrategyText.orManualText(change.strategyZh(), change.strategyEn(), change.strategyClass()));
		if (code != null && this.industries.existsByCode(code)) {
			violations.add(Violation.of("code", "reference.code.duplicate", code));
		}
		checkIndustryNameFree(name, null, violations);
		Industry industry = null;
		if (name != null && strategy != null) {
			industry = collect(violations,
					() -> new Industry(code, name, change.strategyClass(), strategy, change.sortOrder()));
		}
		else {
			violations.addAll(Industry.validate(code, change.strategyClass(), change.sortOrder()));
		}
		ChangeRejected.throwIfAny(violations);
		this.industries.saveAndFlush(industry);
		this.history.record(new HistorySubject(INDUSTRY, industry.getId()),
				industryChanges(null, industry).add("industry.code", null, industry.getCode()).list(), actor, null);
		return industry.getId();
	}

	/**
	 * Changes an industry's names, class, strategy text and order.
	 * @throws ConcurrentEditException when the industry changed since {@code version}
	 * @throws ChangeRejected when a rule is broken or the Chinese name is taken
	 */
	@Transactional
	public void updateIndustry(long id, long version, IndustryChange change, Actor actor) {
		Industry industry = industry(id);
		ConcurrentEditException.check(industry, version);
		IndustryRow before = IndustryRow.of(industry);
		List<Violation> violations = new ArrayList<>();
		LocalizedName name = collect(violations, () -> ReferenceRules.name(change.nameZh(), change.nameEn()));
		StrategyText strategy = collect(violations,
				() -> StrategyText.orManualText(change.strategyZh(), change.strategyEn(), change.strategyClass()));
		checkIndustryNameFree(name, id, violations);
		if (!violations.isEmpty() || strategy == null) {
			// Report the class and order rules too, not only the names.
			Industry.validate(industry.getCode(), change.strategyClass(), change.sortOrder())
				.stream()
				.filter((v) -> !violations.contains(v))
				.forEach(violations::add);
		}
		ChangeRejected.throwIfAny(violations);
		industry.update(name, change.strategyClass(), strategy, change.sortOrder());
		this.history.record(new HistorySubject(INDUSTRY, id), industryChanges(before, industry).list(), actor, null);
	}

	/**
	 * Offers the industry for new records again, or no longer.
	 * @throws ConcurrentEditException when the industry changed since {@code version}
	 */
	@Transactional
	public void setIndustryActive(long id, long version, boolean active, Actor actor) {
		Industry industry = industry(id);
		ConcurrentEditException.check(industry, version);
		boolean before = industry.isActive();
		if (active) {
			industry.activate();
		}
		else {
			industry.deactivate();
		}
		this.history.record(new HistorySubject(INDUSTRY, id),
				new FieldChanges().add("industry.active", before, industry.isActive()).list(), actor, null);
	}

	/** All lead sources, each channel followed by its sources, in the admin's order. */
	/**
	 * The sort order a new lead source takes by default: channels step by ten (10, 20,
	 * …), sources by one below their channel (11, 12, …), as seeded.
	 */
	@Transactional(readOnly = true)
	public int nextLeadSourceSortOrder(Long parentId) {
		List<LeadSourceRow> all = this.leadSources.findAllWithParent().stream().map(LeadSourceRow::of).toList();
		int start = (parentId == null) ? 0
				: all.stream()
					.filter((row) -> parentId.equals(row.id()))
					.mapToInt(LeadSourceRow::sortOrder)
					.findFirst()
					.orElse(0);
		int last = all.stream()
			.filter((row) -> (parentId == null) ? row.topLevel() : parentId.equals(row.parentId()))
			.mapToInt(LeadSourceRow::sortOrder)
			.max()
			.orElse(start);
		return last + ((parentId == null) ? 10 : 1);
	}

	@Transactional(readOnly = true)
	public List<LeadSourceRow> leadSourceTree() {
		List<LeadSourceRow> all = this.leadSources.findAllWithParent().stream().map(LeadSourceRow::of).toList();
		List<LeadSourceRow> tree = new ArrayList<>();
		for (LeadSourceRow channel : all) {
			if (channel.topLevel()) {
				tree.add(channel);
				all.stream().filter((s) -> channel.id().equals(s.parentId())).forEach(tree::add);
			}
		}
		return tree;
	}

	/** The active channels, which new sources may be placed under. */
	@Transactional(readOnly = true)
	public List<LeadSourceRow> activeChannels() {
		return this.leadSources.findAllWithParent()
			.stream()
			.filter((s) -> s.isTopLevel() && s.isActive())
			.map(LeadSourceRow::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<LeadSourceRow> findLeadSource(long id) {
		return this.leadSources.findById(id).map(LeadSourceRow::of);
	}

	/**
	 * Creates an active lead source: a channel when {@code parentId} is null, else a
	 * source under that channel.
	 * @return its id
	 * @throws ChangeRejected when a rule is broken, the code is taken or a sibling has
	 * the Chinese name
	 */
	@Transactional
	public long createLeadSource(String code, Long parentId, LeadSourceChange change, Actor actor) {
		List<Violation> violations = new ArrayList<>();
		LocalizedName name = collect(violations, () -> ReferenceRules.name(change.nameZh(), change.nameEn()));
		LeadSource parent = null;
		if (parentId != null) {
			parent = this.leadSources.findById(parentId).orElse(null);
			if (parent == null) {
				violations.add(Violation.of("parentId", "leadSource.parent.unknown"));
			}
		}
		if (code != null && this.leadSources.existsByCode(code)) {
			violations.add(Violation.of("code", "reference.code.duplicate", code));
		}
		checkSiblingNameFree(name, parentId, null, violations);
		LeadSource chosenParent = parent;
		LeadSource source = null;
		if (name != null) {
			source = collect(violations, () -> new LeadSource(code, name, chosenParent, change.sortOrder()));
		}
		else {
			ReferenceRules.checkCode(code, violations);
		}
		ChangeRejected.throwIfAny(violations);
		this.leadSources.saveAndFlush(source);
		this.history.record(new HistorySubject(LEAD_SOURCE, source.getId()),
				leadSourceChanges(null, source).add("leadSource.code", null, source.getCode())
					.add("leadSource.parent", null, (parent != null) ? parent.getCode() : null)
					.list(),
				actor, null);
		return source.getId();
	}

	/**
	 * Renames or reorders a lead source.
	 * @throws ConcurrentEditException when the source changed since {@code version}
	 * @throws ChangeRejected when a rule is broken or a sibling has the Chinese name
	 */
	@Transactional
	public void updateLeadSource(long id, long version, LeadSourceChange change, Actor actor) {
		LeadSource source = leadSource(id);
		ConcurrentEditException.check(source, version);
		LeadSourceRow before = LeadSourceRow.of(source);
		List<Violation> violations = new ArrayList<>();
		LocalizedName name = collect(violations, () -> ReferenceRules.name(change.nameZh(), change.nameEn()));
		checkSiblingNameFree(name, before.parentId(), id, violations);
		ChangeRejected.throwIfAny(violations);
		source.update(name, change.sortOrder());
		this.history.record(new HistorySubject(LEAD_SOURCE, id), leadSourceChanges(before, source).list(), actor, null);
	}

	/**
	 * Offers the source for new leads again, or no longer. Deactivating a channel
	 * deactivates its sources too, as nobody can pick them without it.
	 * @throws ConcurrentEditException when the source changed since {@code version}
	 * @throws ChangeRejected when activating a source whose channel is inactive
	 */
	@Transactional
	public void setLeadSourceActive(long id, long version, boolean active, Actor actor) {
		LeadSource source = leadSource(id);
		ConcurrentEditException.check(source, version);
		changeActive(source, active, actor);
		if (!active && source.isTopLevel()) {
			this.leadSources.findByParentId(id).forEach((child) -> changeActive(child, false, actor));
		}
	}

	private void changeActive(LeadSource source, boolean active, Actor actor) {
		boolean before = source.isActive();
		if (active) {
			source.activate();
		}
		else {
			source.deactivate();
		}
		this.history.record(new HistorySubject(LEAD_SOURCE, source.getId()),
				new FieldChanges().add("leadSource.active", before, source.isActive()).list(), actor, null);
	}

	private Industry industry(long id) {
		return this.industries.findById(id).orElseThrow(() -> new ReferenceDataNotFoundException(INDUSTRY, id));
	}

	private LeadSource leadSource(long id) {
		return this.leadSources.findById(id).orElseThrow(() -> new ReferenceDataNotFoundException(LEAD_SOURCE, id));
	}

	private void checkIndustryNameFree(LocalizedName name, Long exceptId, List<Violation> violations) {
		if (name != null && this.industries.existsByNameZh(name.zh(), exceptId)) {
			violations.add(Violation.of("nameZh", "industry.nameZh.duplicate", name.zh()));
		}
	}

	private void checkSiblingNameFree(LocalizedName name, Long parentId, Long exceptId, List<Violation> violations) {
		if (name != null && this.leadSources.existsSibling(name.zh(), parentId, exceptId)) {
			violations.add(Violation.of("nameZh", "leadSource.name.duplicate", name.zh()));
		}
	}

	private static FieldChanges industryChanges(IndustryRow before, Industry after) {
		return new FieldChanges()
			.add("industry.nameZh", (before != null) ? before.name().zh() : null, after.getName().zh())
			.add("industry.nameEn", (before != null) ? before.name().en() : null, after.getName().en())
			.add("industry.strategyClass", (before != null) ? before.strategyClass() : null, after.getStrategyClass())
			.add("industry.strategyZh", (before != null) ? before.strategy().zh() : null, after.getStrategy().zh())
			.add("industry.strategyEn", (before != null) ? before.strategy().en() : null, after.getStrategy().en())
			.add("industry.sortOrder", (before != null) ? before.sortOrder() : null, after.getSortOrder());
	}

	private static FieldChanges leadSourceChanges(LeadSourceRow before, LeadSource after) {
		return new FieldChanges()
			.add("leadSource.nameZh", (before != null) ? before.name().zh() : null, after.getName().zh())
			.add("leadSource.nameEn", (before != null) ? before.name().en() : null, after.getName().en())
			.add("leadSource.sortOrder", (before != null) ? before.sortOrder() : null, after.getSortOrder());
	}

	/**
	 * The value {@code step} builds, or null with its violations added, so one save
	 * reports every broken rule at once.
	 */
	private static <T> T collect(List<Violation> violations, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (ChangeRejected ex) {
			violations.addAll(ex.violations());
			return null;
		}
	}

}

package com.kacrm.persistence.history;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistoryEntry;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.Actor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the history of records. Writing joins the caller's transaction (it is
 * mandatory): a change and its history commit together or not at all.
 */
@Service
public class HistoryService {

	private final HistoryEntryRepository entries;

	private final Clock clock;

	HistoryService(HistoryEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records {@code changes} of {@code subject} by {@code actor} now. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(HistorySubject subject, Collection<FieldChange> changes, Actor actor, String reason) {
		record(subject, changes, actor, reason, null, null, this.clock.instant());
	}

	/**
	 * Records changes made at {@code at}, with a machine-readable {@code reasonCode} when
	 * not null, caused by tier-criteria version {@code tierCriteriaVersion} when that is
	 * not null.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(HistorySubject subject, Collection<FieldChange> changes, Actor actor, String reason,
			String reasonCode, Integer tierCriteriaVersion, Instant at) {
		List<HistoryEntry> toSave = changes.stream()
			.filter(FieldChange::isChange)
			.map((change) -> new HistoryEntry(subject, change, actor, at, reason, reasonCode, tierCriteriaVersion))
			.toList();
		this.entries.saveAll(toSave);
	}

	/** The history of one record, newest first. */
	@Transactional(readOnly = true)
	public Page<HistoryRow> historyOf(HistorySubject subject, Pageable pageable) {
		return this.entries
			.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subject.type(), subject.id(), pageable)
			.map(HistoryRow::of);
	}

	/**
	 * The history of one record together with that of related records of up to two types
	 * (e.g. an account with its contacts and its opportunities), merged newest first.
	 * @param related the ids of the related records by subject type
	 */
	@Transactional(readOnly = true)
	public Page<HistoryRow> historyWithRelated(HistorySubject subject, Map<String, ? extends Collection<Long>> related,
			Pageable pageable) {
		if (related.size() > 2) {
			throw new IllegalArgumentException("At most two related types: " + related.keySet());
		}
		List<String> types = new ArrayList<>(related.keySet());
		String first = (types.size() > 0) ? types.get(0) : "";
		String second = (types.size() > 1) ? types.get(1) : "";
		return this.entries
			.findWithRelated(subject.type(), subject.id(), first, idsOrNone(related.get(first)), second,
					idsOrNone(related.get(second)), pageable)
			.map(HistoryRow::of);
	}

	private static Collection<Long> idsOrNone(Collection<Long> ids) {
		return (ids == null || ids.isEmpty()) ? List.of(-1L) : ids;
	}

	/** How many entries a record's screen shows. */
	public static final int LATEST = 50;

	/**
	 * The latest {@value #LATEST} entries of one record, newest first, for its screen.
	 */
	@Transactional(readOnly = true)
	public List<HistoryRow> latestOf(HistorySubject subject) {
		return historyOf(subject, PageRequest.of(0, LATEST)).getContent();
	}

	/** Recent changes of records of the given types, newest first. */
	@Transactional(readOnly = true)
	public Page<HistoryRow> recent(List<String> subjectTypes, Pageable pageable) {
		return this.entries.findBySubjectTypeInOrderByOccurredAtDescIdDesc(subjectTypes, pageable).map(HistoryRow::of);
	}

	/**
	 * Every change that tier-criteria version {@code version} made to accounts and leads.
	 */
	@Transactional(readOnly = true)
	public List<HistoryRow> madeByTierCriteriaVersion(int version) {
		return this.entries.findByTierCriteriaVersionOrderBySubjectTypeAscSubjectIdAsc(version)
			.stream()
			.map(HistoryRow::of)
			.toList();
	}

}

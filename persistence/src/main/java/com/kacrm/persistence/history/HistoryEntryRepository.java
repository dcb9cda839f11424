package com.kacrm.persistence.history;

import java.util.List;

import com.kacrm.domain.history.HistoryEntry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

	Page<HistoryEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, Long subjectId,
			Pageable pageable);

	Page<HistoryEntry> findBySubjectTypeInOrderByOccurredAtDescIdDesc(List<String> subjectTypes, Pageable pageable);

	List<HistoryEntry> findByTierCriteriaVersionOrderBySubjectTypeAscSubjectIdAsc(Integer tierCriteriaVersion);

}

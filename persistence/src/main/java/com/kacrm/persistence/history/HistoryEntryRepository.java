package com.kacrm.persistence.history;

import java.util.Collection;
import java.util.List;

import com.kacrm.domain.history.HistoryEntry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

	Page<HistoryEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, Long subjectId,
			Pageable pageable);

	@Query("select h from HistoryEntry h where (h.subjectType = :type and h.subjectId = :id)"
			+ " or (h.subjectType = :firstType and h.subjectId in :firstIds)"
			+ " or (h.subjectType = :secondType and h.subjectId in :secondIds) order by h.occurredAt desc, h.id desc")
	Page<HistoryEntry> findWithRelated(@Param("type") String type, @Param("id") Long id,
			@Param("firstType") String firstType, @Param("firstIds") Collection<Long> firstIds,
			@Param("secondType") String secondType, @Param("secondIds") Collection<Long> secondIds, Pageable pageable);

	Page<HistoryEntry> findBySubjectTypeInOrderByOccurredAtDescIdDesc(List<String> subjectTypes, Pageable pageable);

	List<HistoryEntry> findByTierCriteriaVersionOrderBySubjectTypeAscSubjectIdAsc(Integer tierCriteriaVersion);

}

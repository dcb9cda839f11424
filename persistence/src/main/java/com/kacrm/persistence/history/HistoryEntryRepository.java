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
			+ " or (h.subjectType = :relatedType and h.subjectId in :relatedIds) order by h.occurredAt desc, h.id desc")
	Page<HistoryEntry> findWithRelated(@Param("type") String type, @Param("id") Long id,
			@Param("relatedType") String relatedType, @Param("relatedIds") Collection<Long> relatedIds,
			Pageable pageable);

	Page<HistoryEntry> findBySubjectTypeInOrderByOccurredAtDescIdDesc(List<String> subjectTypes, Pageable pageable);

	List<HistoryEntry> findByTierCriteriaVersionOrderBySubjectTypeAscSubjectIdAsc(Integer tierCriteriaVersion);

}

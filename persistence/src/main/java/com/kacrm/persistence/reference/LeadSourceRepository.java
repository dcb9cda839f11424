package com.kacrm.persistence.reference;

import java.util.List;

import com.kacrm.domain.reference.LeadSource;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadSourceRepository extends JpaRepository<LeadSource, Long> {

	@Query("select s from LeadSource s left join fetch s.parent order by s.sortOrder, s.id")
	List<LeadSource> findAllWithParent();

	boolean existsByCode(String code);

	/**
	 * Whether a sibling of a source under {@code parentId} (null: a channel) has the
	 * name.
	 */
	@Query("""
			select count(s) > 0 from LeadSource s left join s.parent p
			where s.name.zh = :nameZh
			  and ((:parentId is null and p is null) or p.id = :parentId)
			  and (:exceptId is null or s.id <> :exceptId)""")
	boolean existsSibling(String nameZh, Long parentId, Long exceptId);

	List<LeadSource> findByParentId(Long parentId);

}

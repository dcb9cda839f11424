package com.kacrm.persistence.reference;

import java.util.List;

import com.kacrm.domain.reference.LeadSource;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadSourceRepository extends JpaRepository<LeadSource, Long> {

	@Query("select s from LeadSource s left join fetch s.parent order by s.sortOrder, s.id")
	List<LeadSource> findAllWithParent();

}

package com.kacrm.persistence.reference;

import java.util.List;

import com.kacrm.domain.reference.Industry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndustryRepository extends JpaRepository<Industry, Long> {

	boolean existsByCode(String code);

	@Query("select count(i) > 0 from Industry i where i.name.zh = :nameZh and (:exceptId is null or i.id <> :exceptId)")
	boolean existsByNameZh(String nameZh, Long exceptId);

	@Query("select i from Industry i order by i.strategyClass, i.sortOrder, i.id")
	List<Industry> findAllByClass();

}

package com.kacrm.persistence.organisation;

import java.util.Optional;

import com.kacrm.domain.organisation.Region;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	boolean existsByCode(String code);

	/** Whether another record than {@code exceptId} already has the Chinese name. */
	@Query("select count(x) > 0 from Region x where x.name.zh = :nameZh and x.id <> :exceptId")
	boolean nameTaken(String nameZh, long exceptId);

}

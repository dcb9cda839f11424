package com.kacrm.persistence.organisation;

import java.util.Optional;

import com.kacrm.domain.organisation.Region;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	boolean existsByCode(String code);

}

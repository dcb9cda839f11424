package com.kacrm.persistence.valuation;

import java.util.Optional;

import com.kacrm.domain.valuation.ValueModel;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValueModelRepository extends JpaRepository<ValueModel, Long> {

	/** The one value model (the schema allows no second). */
	Optional<ValueModel> findFirstByOrderByIdAsc();

}

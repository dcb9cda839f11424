package com.kacrm.persistence.tiering;

import java.util.List;
import java.util.Optional;

import com.kacrm.domain.reference.TierCriteria;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TierCriteriaRepository extends JpaRepository<TierCriteria, Long> {

	Optional<TierCriteria> findFirstByOrderByVersionNumberDesc();

	Optional<TierCriteria> findByVersionNumber(int versionNumber);

	List<TierCriteria> findAllByOrderByVersionNumberDesc();

	/**
	 * The current version number, locking its row until the transaction ends, so two
	 * admins applying at once take turns and the second sees the first's version.
	 */
	@Query(value = "select version_number from tier_criteria order by version_number desc limit 1 for update",
			nativeQuery = true)
	Optional<Integer> lockCurrentVersionNumber();

	/**
	 * The current version number, held against a concurrent apply until the transaction
	 * ends, so a record created meanwhile is tiered by the version the apply leaves.
	 */
	@Query(value = "select version_number from tier_criteria order by version_number desc limit 1 for share",
			nativeQuery = true)
	Optional<Integer> shareCurrentVersionNumber();

}

package com.kacrm.persistence.playbook;

import java.util.List;
import java.util.Optional;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MilestoneDefinitionRepository extends JpaRepository<MilestoneDefinition, Long> {

	@Query("select distinct d from MilestoneDefinition d left join fetch d.items")
	List<MilestoneDefinition> findAllWithItems();

	@Query("select d from MilestoneDefinition d left join fetch d.items where d.milestone = :milestone")
	Optional<MilestoneDefinition> findWithItems(Milestone milestone);

	/**
	 * All eight definitions, locked until the transaction ends: the order of default
	 * probabilities spans milestones, so two admins changing neighbours at once must not
	 * both pass the check.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from MilestoneDefinition d")
	List<MilestoneDefinition> lockAll();

}

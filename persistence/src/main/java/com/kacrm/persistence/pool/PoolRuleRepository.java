package com.kacrm.persistence.pool;

import java.util.List;

import com.kacrm.domain.pool.PoolRule;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoolRuleRepository extends JpaRepository<PoolRule, Long> {

	List<PoolRule> findAllByOrderByTierAsc();

}

package com.kacrm.persistence.competitor;

import java.util.Optional;

import com.kacrm.domain.competitor.Competitor;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompetitorRepository extends JpaRepository<Competitor, Long> {

	Optional<Competitor> findByNameKey(String nameKey);

}

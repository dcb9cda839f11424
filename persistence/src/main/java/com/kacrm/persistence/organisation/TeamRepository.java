package com.kacrm.persistence.organisation;

import java.util.Optional;

import com.kacrm.domain.organisation.Team;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByCode(String code);

}

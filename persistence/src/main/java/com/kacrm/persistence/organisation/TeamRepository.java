package com.kacrm.persistence.organisation;

import java.util.List;
import java.util.Optional;

import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByCode(String code);

	boolean existsByCode(String code);

	/** Whether another record than {@code exceptId} already has the Chinese name. */
	@Query("select count(x) > 0 from Team x where x.name.zh = :nameZh and x.id <> :exceptId")
	boolean nameTaken(String nameZh, long exceptId);

	/** Every team with its region and manager, in one query. */
	@Query("select t from Team t join fetch t.region r left join fetch t.manager order by r.code, t.code")
	List<Team> findAllWithRegionAndManager();

	List<Team> findByManager(User manager);

}

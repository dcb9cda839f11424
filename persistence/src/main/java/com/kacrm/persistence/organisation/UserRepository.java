package com.kacrm.persistence.organisation;

import java.util.List;
import java.util.Optional;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	@EntityGraph(attributePaths = "team")
	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	@EntityGraph(attributePaths = "team")
	List<User> findByRoleOrderByUsername(Role role);

	/**
	 * Serializes concurrent login attempts on one account so no failure goes uncounted.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from User u where u.username = :username")
	Optional<User> findForUpdate(@Param("username") String username);

}

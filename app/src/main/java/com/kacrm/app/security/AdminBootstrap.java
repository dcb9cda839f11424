package com.kacrm.app.security;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.organisation.NewUser;
import com.kacrm.persistence.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation: with
 * {@code CRM_BOOTSTRAP_ADMIN_PASSWORD} set and no user {@code admin} yet, creates
 * {@code admin} with that password. Runs before the demo data, so a demo admin never
 * takes the name. Remove the variable once the admin exists; it is not read again then.
 * Several nodes may start with it at once: one creates the admin, the others find it.
 */
@Component
@Order(-10)
class AdminBootstrap implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final OrganisationService organisation;

	private final PasswordEncoder passwordEncoder;

	private final String password;

	AdminBootstrap(OrganisationService organisation, PasswordEncoder passwordEncoder,
			@Value("${crm.bootstrap.admin-password:}") String password) {
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.password.isBlank() || this.organisation.userExists(USERNAME)) {
			return;
		}
		if (this.password.length() < 12) {
			throw new IllegalStateException("CRM_BOOTSTRAP_ADMIN_PASSWORD must have at least 12 characters");
		}
		try {
			this.organisation.createUser(
					new NewUser(USERNAME, "系统管理员", this.passwordEncoder.encode(this.password), Role.ADMIN, null));
		}
		catch (DataIntegrityViolationException ex) {
			// Several nodes starting at once on a new database: another one was first.
			log.info("The administrator '{}' was created by another node meanwhile", USERNAME);
			return;
		}
		log.warn("Created the administrator '{}' from CRM_BOOTSTRAP_ADMIN_PASSWORD; remove that variable now.",
				USERNAME);
	}

}

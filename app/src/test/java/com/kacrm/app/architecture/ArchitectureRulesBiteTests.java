package com.kacrm.app.architecture;

import com.kacrm.domain.archfixture.SpringAwareEntity;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.archfixture.MisplacedController;
import com.kacrm.persistence.archfixture.WebAwareService;
import com.kacrm.web.archfixture.EntityBindingController;
import com.kacrm.web.archfixture.EntityManagerView;
import com.kacrm.web.archfixture.TransactionalView;
import com.kacrm.web.shared.DemoMode;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are not vacuous: each fails on a class that breaks it (the fixtures live in
 * test code only), so breaking a module rule in production code fails the build.
 */
class ArchitectureRulesBiteTests {

	@Test
	void aDomainClassUsingSpringIsReported() {
		assertThat(
				ArchitectureRules.DOMAIN_WITHOUT_FRAMEWORKS.evaluate(importing(SpringAwareEntity.class)).hasViolation())
			.isTrue();
	}

	@Test
	void persistenceDependingOnWebIsReported() {
		assertThat(ArchitectureRules.MODULE_LAYERS.evaluate(importing(WebAwareService.class, DemoMode.class))
			.hasViolation()).isTrue();
	}

	@Test
	void webCodeUsingTheEntityManagerIsReported() {
		assertThat(ArchitectureRules.WEB_DOES_NOT_TOUCH_REPOSITORIES.evaluate(importing(EntityManagerView.class))
			.hasViolation()).isTrue();
	}

	@Test
	void aControllerOutsideTheWebModuleIsReported() {
		assertThat(
				ArchitectureRules.CONTROLLERS_ONLY_IN_WEB.evaluate(importing(MisplacedController.class)).hasViolation())
			.isTrue();
	}

	@Test
	void aTransactionOutsidePersistenceIsReported() {
		assertThat(ArchitectureRules.NO_TRANSACTIONAL_METHODS_OUTSIDE_PERSISTENCE
			.evaluate(importing(TransactionalView.class))
			.hasViolation()).isTrue();
	}

	@Test
	void aControllerBindingAnEntityIsReported() {
		assertThat(ArchitectureRules.NO_ENTITY_BOUND_IN_CONTROLLERS
			.evaluate(importing(EntityBindingController.class, User.class))
			.hasViolation()).isTrue();
	}

	private static JavaClasses importing(Class<?>... classes) {
		return new ClassFileImporter().importClasses(classes);
	}

}

package com.kacrm.app.architecture;

import com.kacrm.app.CrmApplication;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.organisation.LoginService;
import com.kacrm.web.shared.CurrentUser;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production code of all four modules keeps the module rules of STYLE.md. */
class ArchitectureTests {

	static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption((location) -> !location.contains("-tests.jar"))
			.importPackages(ArchitectureRules.BASE);
	}

	@Test
	void everyModuleIsChecked() {
		assertThat(production.contain(User.class)).as("domain").isTrue();
		assertThat(production.contain(LoginService.class)).as("persistence").isTrue();
		assertThat(production.contain(CurrentUser.class)).as("web").isTrue();
		assertThat(production.contain(CrmApplication.class)).as("app").isTrue();
	}

	@Test
	void modulesDependInOneDirectionOnly() {
		ArchitectureRules.MODULE_LAYERS.check(production);
	}

	@Test
	void theDomainUsesNoFramework() {
		ArchitectureRules.DOMAIN_WITHOUT_FRAMEWORKS.check(production);
	}

	@Test
	void theWebLayerNeverTouchesRepositories() {
		ArchitectureRules.WEB_DOES_NOT_TOUCH_REPOSITORIES.check(production);
	}

	@Test
	void controllersLiveInTheWebModule() {
		ArchitectureRules.CONTROLLERS_ONLY_IN_WEB.check(production);
	}

	@Test
	void transactionsBelongToPersistence() {
		ArchitectureRules.TRANSACTIONS_ONLY_IN_PERSISTENCE.check(production);
		ArchitectureRules.NO_TRANSACTIONAL_METHODS_OUTSIDE_PERSISTENCE.check(production);
	}

	@Test
	void controllersNeverBindEntities() {
		ArchitectureRules.NO_ENTITY_BOUND_IN_CONTROLLERS.check(production);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		ArchitectureRules.NO_FIELD_INJECTION.check(production);
	}

	@Test
	void nothingWritesToStandardStreams() {
		ArchitectureRules.NO_STANDARD_STREAMS.check(production);
	}

	@Test
	void featuresHaveNoCycles() {
		ArchitectureRules.NO_CYCLES_BETWEEN_FEATURES.check(production);
	}

}

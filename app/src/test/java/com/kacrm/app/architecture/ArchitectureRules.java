package com.kacrm.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of STYLE.md as ArchUnit rules:
 * {@code app → web → persistence → domain}, a domain without Spring, controllers only in
 * web, transactions only in persistence, no entity bound to a form, no field injection,
 * no {@code System.out}, no cycles between features.
 */
final class ArchitectureRules {

	static final String BASE = "com.kacrm";

	static final ArchRule MODULE_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("domain")
		.definedBy("com.kacrm.domain..")
		.layer("persistence")
		.definedBy("com.kacrm.persistence..")
		.layer("web")
		.definedBy("com.kacrm.web..")
		.layer("app")
		.definedBy("com.kacrm.app..")
		.whereLayer("app")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("web")
		.mayOnlyBeAccessedByLayers("app")
		.whereLayer("persistence")
		.mayOnlyBeAccessedByLayers("web", "app")
		.whereLayer("domain")
		.mayOnlyBeAccessedByLayers("persistence", "web", "app")
		.because("modules depend in one direction only: app → web → persistence → domain");

	static final ArchRule DOMAIN_WITHOUT_FRAMEWORKS = classes().that()
		.resideInAPackage("com.kacrm.domain..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("com.kacrm.domain..", "java..", "jakarta.persistence..", "jakarta.validation..",
				"org.hibernate.annotations..")
		.because("the domain holds the business rules in plain Java with JPA and validation annotations only");

	static final ArchRule WEB_DOES_NOT_TOUCH_REPOSITORIES = noClasses().that()
		.resideInAPackage("com.kacrm.web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(org.springframework.data.repository.Repository.class)
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("jakarta.persistence.EntityManager")
		.because("the web layer goes through the transactional services of persistence");

	static final ArchRule CONTROLLERS_ONLY_IN_WEB = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("com.kacrm.web..");

	static final ArchRule TRANSACTIONS_ONLY_IN_PERSISTENCE = noClasses().that()
		.resideOutsideOfPackage("com.kacrm.persistence..")
		.should()
		.beAnnotatedWith(Transactional.class)
		.orShould()
		.beAnnotatedWith(jakarta.transaction.Transactional.class)
		.because("the application services of persistence own the transactions");

	static final ArchRule NO_TRANSACTIONAL_METHODS_OUTSIDE_PERSISTENCE = noMethods().that()
		.areDeclaredInClassesThat()
		.resideOutsideOfPackage("com.kacrm.persistence..")
		.should()
		.beAnnotatedWith(Transactional.class)
		.orShould()
		.beAnnotatedWith(jakarta.transaction.Transactional.class)
		.because("the application services of persistence own the transactions");

	static final ArchRule NO_ENTITY_BOUND_IN_CONTROLLERS = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Controller.class)
		.or()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(RestController.class)
		.should(notTakeEntityParameters())
		.because("forms bind to form records, never to entities (mass assignment)");

	static final ArchRule NO_FIELD_INJECTION = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

	static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	static final ArchRule NO_CYCLES_BETWEEN_FEATURES = slices().matching("com.kacrm.(*).(*)..")
		.should()
		.beFreeOfCycles()
		.because("features depend on shared pieces, not on each other in circles");

	private ArchitectureRules() {
	}

	private static ArchCondition<JavaMethod> notTakeEntityParameters() {
		DescribedPredicate<JavaClass> entity = DescribedPredicate.describe("an @Entity",
				(type) -> type.isAnnotatedWith(Entity.class));
		return new ArchCondition<>("not take @Entity parameters") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				for (JavaParameter parameter : method.getParameters()) {
					if (entity.test(parameter.getRawType())) {
						events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " takes entity " + parameter.getRawType().getName()));
					}
				}
			}
		};
	}

}

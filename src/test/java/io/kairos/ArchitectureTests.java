package io.kairos;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules Spring Modulith does not check (DESIGN.md §1, STYLE.md): small visible surfaces, no SQL in
 * controllers, no Impl classes, constructor injection. Each rule is also run against a fixture that
 * breaks it, so a rule that can no longer fail is noticed.
 */
class ArchitectureTests {

	static final JavaClasses KAIROS = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackagesOf(KairosApplication.class);

	static final JavaClasses BROKEN = new ClassFileImporter().importPackages("fixture.arch");

	static final ArchRule repositoriesAreNotPublic = noClasses().that()
		.haveSimpleNameEndingWith("Repository")
		.should()
		.bePublic()
		.because("other modules reach data through a module's facade, never its repository");

	static final ArchRule controllersAreNotPublic = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.bePublic()
		.because("controllers are entry points, not an API for other code");

	static final ArchRule controllersDoNotTalkSql = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(JdbcClient.class)
		.orShould()
		.dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
			.and(JavaClass.Predicates.resideOutsideOfPackage("org.springframework..")))
		.because("controllers call an application service; business logic and SQL live elsewhere");

	static final ArchRule domainDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..web..")
		.allowEmptyShould(true);

	static final ArchRule noImplClasses = noClasses().should()
		.haveSimpleNameEndingWith("Impl")
		.because("an interface with a single Impl is ceremony; write the class");

	static final ArchRule constructorInjectionOnly = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("dependencies are constructor parameters");

	static final ArchRule noPrintStackTrace = noClasses().should()
		.callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("printStackTrace")))
		.because("errors go to the log with the request id");

	static java.util.stream.Stream<ArchRule> rules() {
		return java.util.stream.Stream.of(repositoriesAreNotPublic, controllersAreNotPublic, controllersDoNotTalkSql,
				domainDoesNotKnowTheWeb, noImplClasses, constructorInjectionOnly, noPrintStackTrace);
	}

	@ParameterizedTest
	@MethodSource("rules")
	void kairosFollowsTheRule(ArchRule rule) {
		rule.check(KAIROS);
	}

	@ParameterizedTest
	@MethodSource("rules")
	void theRuleCatchesABreach(ArchRule rule) {
		assertThatThrownBy(() -> rule.check(BROKEN)).isInstanceOf(AssertionError.class);
	}

	@Test
	void fixturesAreNotPartOfKairos() {
		assertThatThrownBy(() -> KAIROS.get("fixture.arch.web.OrderController"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

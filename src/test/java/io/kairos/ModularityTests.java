package io.kairos;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module boundaries hold, and the module documentation is written to target/spring-modulith-docs. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KairosApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "identity", "web");
	}

	@Test
	void verifyFailsWhenAModuleUsesAnotherModulesInternals() {
		ApplicationModules fixture = ApplicationModules.of(fixture.modulith.FixtureApplication.class, location -> true);

		assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
			.hasMessageContaining("AlphaSecret");
	}

	@Test
	void writesDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}

}

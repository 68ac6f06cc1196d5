package io.kairos.desk.automation.macro;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MacroTemplateTests {

	private static final Map<String, String> VALUES = Map.of("customer.name", "王小明", "ticket.number", "T2026112400042",
			"ticket.subject", "宽带无法连接", "agent.name", "李娜");

	@Test
	void replacesEveryKnownPlaceholderAllowingSpacesInsideTheBraces() {
		String text = MacroTemplate.render("{{customer.name}}您好，{{ ticket.number }}（{{ticket.subject}}）由{{agent.name}}跟进。",
				VALUES);

		assertThat(text).isEqualTo("王小明您好，T2026112400042（宽带无法连接）由李娜跟进。");
	}

	@Test
	void valuesAreInsertedLiterallyAndNeverExpandedAgain() {
		Map<String, String> hostile = Map.of("customer.name", "<script>alert(1)</script> {{agent.name}} $1 \\",
				"agent.name", "李娜");

		String text = MacroTemplate.render("Hello {{customer.name}} from {{agent.name}}", hostile);

		assertThat(text).isEqualTo("Hello <script>alert(1)</script> {{agent.name}} $1 \\ from 李娜");
	}

	@Test
	void aMissingValueIsEmptyAndAnUnknownPlaceholderStaysVisible() {
		assertThat(MacroTemplate.render("Hi {{customer.name}}!", Map.of())).isEqualTo("Hi !");
		assertThat(MacroTemplate.render("Order {{order.id}} for {{customer.name}}", VALUES))
			.isEqualTo("Order {{order.id}} for 王小明");
	}

	@Test
	void unknownPlaceholdersAreFoundForRefusalAtSaveTime() {
		assertThat(MacroTemplate.unknown("{{customer.name}} {{order.id}} {{ticket.number}} {{Customer.Name}} {{order.id}}"))
			.containsExactly("order.id", "Customer.Name");
		assertThat(MacroTemplate.unknown("Plain text with { braces } and {{customer.name}}")).isEmpty();
		assertThat(MacroTemplate.unknown(null)).isEmpty();
	}

}

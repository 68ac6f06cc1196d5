package io.kairos.desk.automation.rule;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTests {

	private final TicketFacts ticket = new TicketFacts(TicketChannel.HOTLINE, TicketType.COMPLAINT, TicketPriority.HIGH,
			"billing.dispute", TicketStatus.OPEN, Set.of("vip", "宽带"), "GOLD", "Refund for the 退款 double charge");

	@Test
	void eachFieldIsComparedByItsRule() {
		assertThat(holds(ConditionField.CHANNEL, Operator.IS, "HOTLINE")).isTrue();
		assertThat(holds(ConditionField.CHANNEL, Operator.IS, "WEB")).isFalse();
		assertThat(holds(ConditionField.TYPE, Operator.IS_NOT, "INQUIRY")).isTrue();
		assertThat(holds(ConditionField.PRIORITY, Operator.IS, "HIGH")).isTrue();
		assertThat(holds(ConditionField.STATUS, Operator.IS, "RESOLVED")).isFalse();
		assertThat(holds(ConditionField.CUSTOMER_TIER, Operator.IS, "gold")).as("tiers ignore case").isTrue();
		assertThat(holds(ConditionField.TAG, Operator.IS, "宽带")).as("tag present").isTrue();
		assertThat(holds(ConditionField.TAG, Operator.IS_NOT, "vip")).as("tag absent").isFalse();
		assertThat(holds(ConditionField.TAG, Operator.IS_NOT, "夜间")).isTrue();
		assertThat(holds(ConditionField.SUBJECT, Operator.CONTAINS, "REFUND")).as("subject ignores case").isTrue();
		assertThat(holds(ConditionField.SUBJECT, Operator.CONTAINS, "退款")).isTrue();
		assertThat(holds(ConditionField.SUBJECT, Operator.NOT_CONTAINS, "退款")).isFalse();
	}

	@Test
	void aCategoryHoldsItsSubCategoriesButNotItsNamesakes() {
		assertThat(holds(ConditionField.CATEGORY, Operator.IS, "billing")).isTrue();
		assertThat(holds(ConditionField.CATEGORY, Operator.IS, "billing.dispute")).isTrue();
		assertThat(holds(ConditionField.CATEGORY, Operator.IS, "bill")).isFalse();
		assertThat(holds(ConditionField.CATEGORY, Operator.IS, "billing.invoice")).isFalse();
	}

	@Test
	void missingFieldsAreNeverEqualAndAlwaysDifferent() {
		TicketFacts bare = new TicketFacts(TicketChannel.WEB, TicketType.INQUIRY, TicketPriority.LOW, null,
				TicketStatus.NEW, null, null, "x");
		assertThat(Conditions.holds(new Condition(ConditionField.CATEGORY, Operator.IS, "billing"), bare)).isFalse();
		assertThat(Conditions.holds(new Condition(ConditionField.CUSTOMER_TIER, Operator.IS_NOT, "GOLD"), bare)).isTrue();
		assertThat(Conditions.holds(new Condition(ConditionField.TAG, Operator.IS, "vip"), bare)).isFalse();
	}

	@Test
	void allNeedsEveryConditionAnyNeedsOneAndNoneMatchesEverything() {
		List<Condition> mixed = List.of(new Condition(ConditionField.PRIORITY, Operator.IS, "HIGH"),
				new Condition(ConditionField.CHANNEL, Operator.IS, "EMAIL"));

		assertThat(Conditions.matches(Match.ALL, mixed, ticket)).isFalse();
		assertThat(Conditions.matches(Match.ANY, mixed, ticket)).isTrue();
		assertThat(Conditions.matches(Match.ANY, List.of(new Condition(ConditionField.CHANNEL, Operator.IS, "EMAIL")), ticket))
			.isFalse();
		assertThat(Conditions.matches(Match.ALL, List.of(), ticket)).isTrue();
		assertThat(Conditions.matches(Match.ANY, null, ticket)).isTrue();
	}

	private boolean holds(ConditionField field, Operator operator, String value) {
		return Conditions.holds(new Condition(field, operator, value), ticket);
	}

}

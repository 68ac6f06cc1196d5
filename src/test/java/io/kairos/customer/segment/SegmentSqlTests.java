package io.kairos.customer.segment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule → SQL builder: each field and operator, AND/OR, and refusals (A-08: allow-listed filters). */
class SegmentSqlTests {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	static SegmentRule.Condition when(String field, String operator, String... values) {
		return new SegmentRule.Condition(field, operator, List.of(values));
	}

	static SegmentRule rule(List<SegmentRule.Condition>... groups) {
		return new SegmentRule(java.util.Arrays.stream(groups).map(SegmentRule.Group::new).toList());
	}

	@ParameterizedTest
	@ValueSource(strings = { "province", "city", "tier", "stage", "gender", "kind" })
	void aColumnFieldBecomesInAndNotInWithTheValuesBound(String field) {
		String value = switch (field) {
			case "tier" -> "GOLD";
			case "stage" -> "PURCHASE";
			case "gender" -> "FEMALE";
			case "kind" -> "PERSON";
			default -> "浙江";
		};
		SegmentSql.Where in = SegmentSql.where(rule(List.of(when(field, "in", value))), TODAY);
		SegmentSql.Where notIn = SegmentSql.where(rule(List.of(when(field, "not_in", value))), TODAY);

		assertThat(in.sql()).isEqualTo("((c." + field + " in (:p0)))");
		assertThat(notIn.sql()).isEqualTo("((c." + field + " not in (:p0)))");
		assertThat(in.params()).containsEntry("p0", List.of(value));
	}

	@Test
	void tagsAndChannelsAreExistsSubqueries() {
		assertThat(SegmentSql.where(rule(List.of(when("tag", "in", "学生", "VIP"))), TODAY).sql())
			.isEqualTo("((exists (select 1 from customer_tag t where t.customer = c.id and t.tag in (:p0))))");
		assertThat(SegmentSql.where(rule(List.of(when("tag", "not_in", "学生"))), TODAY).sql())
			.startsWith("((not exists (select 1 from customer_tag");
		assertThat(SegmentSql.where(rule(List.of(when("channel", "in", "SMS"))), TODAY).sql())
			.isEqualTo("((exists (select 1 from customer_channel ch where ch.customer = c.id and ch.channel in (:p0))))");
		assertThat(SegmentSql.where(rule(List.of(when("channel", "first_in", "SMS"))), TODAY).sql())
			.endsWith("ch.channel in (:p0) and ch.position = 0)))");
	}

	@Test
	void valueFiguresCompareTheSharedDefinitionWithOneBoundAmount() {
		SegmentSql.Where spend = SegmentSql.where(rule(List.of(when("spend12m", "gte", "5000.50"))), TODAY);
		SegmentSql.Where holdings = SegmentSql.where(rule(List.of(when("holdings", "lte", "100"))), TODAY);

		assertThat(spend.sql()).isEqualTo(
				"((" + io.kairos.customer.value.ValueSql.spend12mOf("c.id", "p1") + " >= :p0))");
		assertThat(spend.params()).containsEntry("p0", new java.math.BigDecimal("5000.50"))
			.containsEntry("p1", TODAY.minusMonths(12));
		assertThat(holdings.sql())
			.isEqualTo("((" + io.kairos.customer.value.ValueSql.holdingsOf("c.id") + " <= :p0))");
	}

	@ParameterizedTest
	@ValueSource(strings = { "in", "not_in", "first_in", "gt", "' OR 1=1--" })
	void valueFiguresTakeOnlyAtLeastOrAtMost(String operator) {
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when("spend12m", operator, "1"))), TODAY))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.field()).isEqualTo("rule.groups[0].conditions[0].operator"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1.234", "1e5x", "1) or (1=1", "10000000000000" })
	void valueFiguresTakeOneAmountWithAtMostTwoDecimals(String amount) {
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when("holdings", "gte", amount))), TODAY))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.field()).isEqualTo("rule.groups[0].conditions[0].values"));
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when("holdings", "gte", "1", "2"))), TODAY))
			.isInstanceOf(ProblemException.class);
	}

	@Test
	void theRfmCellComparesAFixedColumnWithOneBoundWholeNumber() {
		SegmentSql.Where score = SegmentSql.where(rule(List.of(when("rfmScore", "gte", "12"))), TODAY);
		SegmentSql.Where recency = SegmentSql.where(rule(List.of(when("rfmR", "lte", " 2 "))), TODAY);

		assertThat(score.sql()).isEqualTo("((exists (select 1 from customer_rfm r where r.customer = c.id and r.rfm_score >= :p0)))");
		assertThat(score.params()).containsEntry("p0", 12);
		assertThat(recency.sql()).isEqualTo("((exists (select 1 from customer_rfm r where r.customer = c.id and r.rfm_r <= :p0)))");
		assertThat(recency.params()).containsEntry("p0", 2);
		assertThat(SegmentSql.where(rule(List.of(when("rfmF", "gte", "1"))), TODAY).sql()).contains("r.rfm_f >= :p0");
		assertThat(SegmentSql.where(rule(List.of(when("rfmM", "gte", "5"))), TODAY).sql()).contains("r.rfm_m >= :p0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rfmScore:2", "rfmScore:16", "rfmScore:7.5", "rfmR:0", "rfmR:6", "rfmF:x", "rfmM:1) or (1=1",
			"rfmScore:" })
	void theRfmCellTakesOneWholeNumberInItsRange(String fieldAndValue) {
		String[] parts = fieldAndValue.split(":", 2);
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when(parts[0], "gte", parts[1]))), TODAY))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.field()).isEqualTo("rule.groups[0].conditions[0].values");
				assertThat(problem.messageKey()).isEqualTo("problem.segment.score");
			});
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when("rfmScore", "gte", "5", "6"))), TODAY))
			.isInstanceOf(ProblemException.class);
		assertThatThrownBy(() -> SegmentSql.where(rule(List.of(when("rfmScore", "in", "5"))), TODAY))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.field()).isEqualTo("rule.groups[0].conditions[0].operator"));
	}

	@Test
	void ageBandsBecomeBirthdayRangesOnTheDay() {
		SegmentSql.Where youth = SegmentSql.where(rule(List.of(when("ageBand", "in", "YOUTH"))), TODAY);
		SegmentSql.Where senior = SegmentSql.where(rule(List.of(when("ageBand", "in", "SENIOR"))), TODAY);
		SegmentSql.Where notTeen = SegmentSql.where(rule(List.of(when("ageBand", "not_in", "TEEN"))), TODAY);

		// 18–29 on 2025-06-15: born after 1995-06-15 and on or before 2007-06-15
		assertThat(youth.sql()).isEqualTo("((((c.birthday > :p1 and c.birthday <= :p0))))");
		assertThat(youth.params()).containsEntry("p0", LocalDate.of(2007, 6, 15))
			.containsEntry("p1", LocalDate.of(1995, 6, 15));
		assertThat(senior.sql()).isEqualTo("(((c.birthday <= :p0)))");
		assertThat(senior.params()).containsEntry("p0", LocalDate.of(1965, 6, 15));
		assertThat(notTeen.sql()).startsWith("(((c.birthday is not null and not (");
	}

	@Test
	void groupsAreOredAndConditionsInAGroupAnded() {
		SegmentSql.Where where = SegmentSql.where(rule(List.of(when("tier", "in", "GOLD"), when("stage", "in", "AWARE")),
				List.of(when("tag", "in", "VIP"))), TODAY);

		assertThat(where.sql()).isEqualTo("((c.tier in (:p0) and c.stage in (:p1)) or "
				+ "(exists (select 1 from customer_tag t where t.customer = c.id and t.tag in (:p2))))");
		assertThat(where.params()).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "mobile", "id_number", "tier; drop table customer", "1) or (1=1", "c.tier", "" })
	void anUnknownFieldIsRefused(String field) {
		assertRefused(rule(List.of(when(field, "in", "x"))), "problem.segment.unknown-field",
				"rule.groups[0].conditions[0].field");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=", "like", "' OR 1=1--", "in (select 1)", "first_in" })
	void anUnknownOperatorIsRefused(String operator) {
		assertRefused(rule(List.of(when("tier", operator, "GOLD"))), "problem.segment.unknown-operator",
				"rule.groups[0].conditions[0].operator");
	}

	@Test
	void valuesAFieldCannotHoldAreRefused() {
		assertRefused(rule(List.of(when("tier", "in", "' OR 1=1--"))), "problem.segment.value",
				"rule.groups[0].conditions[0].values");
		assertRefused(rule(List.of(when("stage", "in", "LOYAL"))), "problem.segment.value",
				"rule.groups[0].conditions[0].values");
		assertRefused(rule(List.of(when("ageBand", "in", "ADULT"))), "problem.segment.value",
				"rule.groups[0].conditions[0].values");
		assertRefused(rule(List.of(when("channel", "in", "FAX"))), "problem.segment.value",
				"rule.groups[0].conditions[0].values");
		assertRefused(rule(List.of(when("city", "in", "北京\u0000"))), "problem.segment.value",
				"rule.groups[0].conditions[0].values");
		assertRefused(rule(List.of(when("tag", "in"))), "problem.segment.values.empty",
				"rule.groups[0].conditions[0].values");
	}

	@Test
	void textThatLooksLikeSqlStaysAParameter() {
		String attack = "x') or 1=1 --";

		SegmentSql.Where where = SegmentSql.where(rule(List.of(when("province", "in", attack))), TODAY);

		assertThat(where.sql()).doesNotContain(attack).doesNotContain("'");
		assertThat(where.params()).containsEntry("p0", List.of(attack));
	}

	@Test
	void anEmptyRuleOrGroupIsRefused() {
		assertRefused(new SegmentRule(List.of()), "problem.segment.rule.empty", "rule.groups");
		assertRefused(new SegmentRule(null), "problem.segment.rule.empty", "rule.groups");
		assertRefused(rule(List.of()), "problem.segment.rule.empty", "rule.groups[0].conditions");
	}

	private static void assertRefused(SegmentRule rule, String key, String field) {
		assertThatThrownBy(() -> SegmentSql.where(rule, TODAY)).isInstanceOfSatisfying(ProblemException.class,
				problem -> {
					assertThat(problem.status().value()).isEqualTo(400);
					assertThat(problem.messageKey()).isEqualTo(key);
					assertThat(problem.field()).isEqualTo(field);
				});
	}

}

package io.kairos.customer.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.kairos.customer.LifecycleStage;
import io.kairos.customer.profile.Channel;
import io.kairos.customer.profile.CustomerKind;
import io.kairos.customer.profile.Gender;
import io.kairos.customer.value.ValueSql;
import io.kairos.shared.api.ProblemException;

/**
 * Translates a {@link SegmentRule} into a SQL condition on {@code customer c}. Only allow-listed fields and
 * operators become SQL, each as a fixed fragment; every value is a bound parameter. An unknown field or
 * operator, or a value the field cannot hold, is refused with 400 naming where in the rule it is.
 */
final class SegmentSql {

	static final int MAX_GROUPS = 10;

	static final int MAX_CONDITIONS = 10;

	static final int MAX_VALUES = 100;

	static final List<String> FIELDS = List.of("ageBand", "province", "city", "tier", "stage", "gender", "kind",
			"channel", "tag", "spend12m", "holdings", "rfmScore", "rfmR", "rfmF", "rfmM");

	static final List<String> OPERATORS = List.of("in", "not_in", "first_in", "gte", "lte");

	/** Value figures, compared with one amount (gte: at least, lte: at most). */
	static final List<String> AMOUNT_FIELDS = List.of("spend12m", "holdings");

	/**
	 * The RFM cell of the last tier evaluation (table customer_rfm), compared with one whole number: the sum (3..15) or
	 * one quintile (1..5). The column comes from this fixed map, never from the rule.
	 */
	static final Map<String, String> SCORE_COLUMNS = Map.of("rfmScore", "rfm_score", "rfmR", "rfm_r", "rfmF", "rfm_f",
			"rfmM", "rfm_m");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

	private static final Pattern TIER = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200E\\u200F]]");

	private SegmentSql() {
	}

	/** A SQL condition and its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	/** The condition of a rule on {@code today} (age bands are computed from birthdays on that day). */
	static Where where(SegmentRule rule, LocalDate today) {
		if (rule == null || rule.groups() == null || rule.groups().isEmpty()) {
			throw ProblemException.invalid("rule.groups", "problem.segment.rule.empty");
		}
		if (rule.groups().size() > MAX_GROUPS) {
			throw ProblemException.invalid("rule.groups", "problem.segment.rule.too-many", MAX_GROUPS);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> groups = new ArrayList<>();
		for (int g = 0; g < rule.groups().size(); g++) {
			SegmentRule.Group group = rule.groups().get(g);
			String at = "rule.groups[" + g + "].conditions";
			if (group == null || group.conditions() == null || group.conditions().isEmpty()) {
				throw ProblemException.invalid(at, "problem.segment.rule.empty");
			}
			if (group.conditions().size() > MAX_CONDITIONS) {
				throw ProblemException.invalid(at, "problem.segment.rule.too-many", MAX_CONDITIONS);
			}
			List<String> conditions = new ArrayList<>();
			for (int c = 0; c < group.conditions().size(); c++) {
				conditions.add(condition(group.conditions().get(c), at + "[" + c + "]", today, params));
			}
			groups.add("(" + String.join(" and ", conditions) + ")");
		}
		return new Where("(" + String.join(" or ", groups) + ")", params);
	}

	private static String condition(SegmentRule.Condition condition, String at, LocalDate today,
			Map<String, Object> params) {
		if (condition == null || condition.field() == null || !FIELDS.contains(condition.field())) {
			throw ProblemException.invalid(at + ".field", "problem.segment.unknown-field", String.join(", ", FIELDS));
		}
		String field = condition.field();
		String operator = condition.operator();
		if (AMOUNT_FIELDS.contains(field)) {
			return amount(condition, field, at, today, params);
		}
		if (SCORE_COLUMNS.containsKey(field)) {
			return score(condition, field, at, params);
		}
		boolean firstIn = "first_in".equals(operator) && "channel".equals(field);
		if (operator == null || !("in".equals(operator) || "not_in".equals(operator) || firstIn)) {
			throw ProblemException.invalid(at + ".operator", "problem.segment.unknown-operator",
					"channel".equals(field) ? "in, not_in, first_in" : "in, not_in");
		}
		List<String> values = values(condition, field, at);
		boolean negate = "not_in".equals(operator);
		String name = "p" + params.size();
		return switch (field) {
			case "ageBand" -> ageBands(values, negate, today, params);
			case "province", "city", "tier", "stage", "gender", "kind" -> {
				params.put(name, values);
				yield "c." + field + (negate ? " not in " : " in ") + "(:" + name + ")";
			}
			case "tag" -> {
				params.put(name, values);
				yield (negate ? "not " : "") + "exists (select 1 from customer_tag t where t.customer = c.id and t.tag in (:"
						+ name + "))";
			}
			case "channel" -> {
				params.put(name, values);
				yield (negate ? "not " : "")
						+ "exists (select 1 from customer_channel ch where ch.customer = c.id and ch.channel in (:" + name
						+ ")" + (firstIn ? " and ch.position = 0" : "") + ")";
			}
			default -> throw new IllegalStateException(field);
		};
	}

	private static String amount(SegmentRule.Condition condition, String field, String at, LocalDate today,
			Map<String, Object> params) {
		String operator = condition.operator();
		if (!"gte".equals(operator) && !"lte".equals(operator)) {
			throw ProblemException.invalid(at + ".operator", "problem.segment.unknown-operator", "gte, lte");
		}
		List<String> values = condition.values();
		if (values == null || values.size() != 1 || values.get(0) == null) {
			throw ProblemException.invalid(at + ".values", "problem.segment.amount", field);
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(values.get(0).strip());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(at + ".values", "problem.segment.amount", field);
		}
		if (amount.scale() > 2 || amount.abs().compareTo(MAX_AMOUNT) >= 0) {
			throw ProblemException.invalid(at + ".values", "problem.segment.amount", field);
		}
		String name = "p" + params.size();
		params.put(name, amount);
		String figure;
		if ("spend12m".equals(field)) {
			String since = "p" + params.size();
			params.put(since, today.minusMonths(12));
			figure = ValueSql.spend12mOf("c.id", since);
		}
		else {
			figure = ValueSql.holdingsOf("c.id");
		}
		return figure + ("gte".equals(operator) ? " >= :" : " <= :") + name;
	}

	private static String score(SegmentRule.Condition condition, String field, String at, Map<String, Object> params) {
		String operator = condition.operator();
		if (!"gte".equals(operator) && !"lte".equals(operator)) {
			throw ProblemException.invalid(at + ".operator", "problem.segment.unknown-operator", "gte, lte");
		}
		int min = "rfmScore".equals(field) ? 3 : 1;
		int max = "rfmScore".equals(field) ? 15 : 5;
		List<String> values = condition.values();
		int score;
		try {
			if (values == null || values.size() != 1 || values.get(0) == null) {
				throw new NumberFormatException();
			}
			score = Integer.parseInt(values.get(0).strip());
		}
		catch (NumberFormatException notANumber) {
			throw ProblemException.invalid(at + ".values", "problem.segment.score", field, min, max);
		}
		if (score < min || score > max) {
			throw ProblemException.invalid(at + ".values", "problem.segment.score", field, min, max);
		}
		String name = "p" + params.size();
		params.put(name, score);
		return "exists (select 1 from customer_rfm r where r.customer = c.id and r." + SCORE_COLUMNS.get(field)
				+ ("gte".equals(operator) ? " >= :" : " <= :") + name + ")";
	}

	private static String ageBands(List<String> values, boolean negate, LocalDate today, Map<String, Object> params) {
		List<String> ranges = new ArrayList<>();
		for (String value : values) {
			AgeBand.Births births = AgeBand.valueOf(value).born(today);
			String until = "p" + params.size();
			params.put(until, births.until());
			if (births.after() == null) {
				ranges.add("c.birthday <= :" + until);
			}
			else {
				String after = "p" + params.size();
				params.put(after, births.after());
				ranges.add("(c.birthday > :" + after + " and c.birthday <= :" + until + ")");
			}
		}
		String any = "(" + String.join(" or ", ranges) + ")";
		return negate ? "(c.birthday is not null and not " + any + ")" : any;
	}

	private static List<String> values(SegmentRule.Condition condition, String field, String at) {
		List<String> values = condition.values();
		if (values == null || values.isEmpty() || values.stream().anyMatch(java.util.Objects::isNull)) {
			throw ProblemException.invalid(at + ".values", "problem.segment.values.empty");
		}
		if (values.size() > MAX_VALUES) {
			throw ProblemException.invalid(at + ".values", "problem.segment.rule.too-many", MAX_VALUES);
		}
		Set<String> result = new LinkedHashSet<>();
		for (String raw : values) {
			String value = raw.strip();
			if (!allowed(field, value)) {
				throw ProblemException.invalid(at + ".values", "problem.segment.value", field);
			}
			result.add(value);
		}
		return List.copyOf(result);
	}

	private static boolean allowed(String field, String value) {
		return switch (field) {
			case "ageBand" -> isOneOf(value, AgeBand.values());
			case "stage" -> isOneOf(value, LifecycleStage.values());
			case "gender" -> isOneOf(value, Gender.values());
			case "kind" -> isOneOf(value, CustomerKind.values());
			case "channel" -> isOneOf(value, Channel.values());
			case "tier" -> TIER.matcher(value).matches();
			case "tag" -> text(value, 32);
			default -> text(value, 50);
		};
	}

	private static boolean isOneOf(String value, Enum<?>[] constants) {
		return Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value));
	}

	private static boolean text(String value, int max) {
		return !value.isEmpty() && value.length() <= max && !CONTROL.matcher(value).find();
	}

}

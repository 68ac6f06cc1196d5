package io.kairos.desk.automation.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.kairos.desk.automation.rule.ActionKind;
import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.ConditionField;
import io.kairos.desk.automation.rule.Operator;
import io.kairos.desk.automation.rule.RuleAction;
import io.kairos.shared.api.ProblemException;

/**
 * The rows of conditions ({@code c0.field}, {@code c0.operator}, {@code c0.value} …) and actions ({@code a0.kind},
 * {@code a0.value} …) on the trigger and automation forms. A row without a field or kind is empty and ignored.
 */
final class RuleForm {

	static final int CONDITION_ROWS = 5;

	static final int ACTION_ROWS = 4;

	private RuleForm() {
	}

	static List<Condition> conditions(Map<String, String> form) {
		List<Condition> conditions = new ArrayList<>();
		for (int i = 0; i < CONDITION_ROWS; i++) {
			String field = form.get("c" + i + ".field");
			if (field == null || field.isBlank()) {
				continue;
			}
			conditions.add(new Condition(value(ConditionField.values(), field, "conditions[" + i + "].field"),
					value(Operator.values(), form.getOrDefault("c" + i + ".operator", "IS"), "conditions[" + i + "].operator"),
					form.get("c" + i + ".value")));
		}
		return conditions;
	}

	static List<RuleAction> actions(Map<String, String> form) {
		List<RuleAction> actions = new ArrayList<>();
		for (int i = 0; i < ACTION_ROWS; i++) {
			String kind = form.get("a" + i + ".kind");
			if (kind == null || kind.isBlank()) {
				continue;
			}
			actions.add(new RuleAction(value(ActionKind.values(), kind, "actions[" + i + "].kind"), form.get("a" + i + ".value")));
		}
		return actions;
	}

	/** The rows to show: the rule's own, padded with empty ones. */
	static List<Condition> conditionRows(List<Condition> conditions) {
		List<Condition> rows = new ArrayList<>(conditions == null ? List.of() : conditions);
		while (rows.size() < CONDITION_ROWS) {
			rows.add(new Condition(null, null, null));
		}
		return rows;
	}

	static List<RuleAction> actionRows(List<RuleAction> actions) {
		List<RuleAction> rows = new ArrayList<>(actions == null ? List.of() : actions);
		while (rows.size() < ACTION_ROWS) {
			rows.add(new RuleAction(null, null));
		}
		return rows;
	}

	static <E extends Enum<E>> E value(E[] values, String given, String field) {
		return Arrays.stream(values)
			.filter(e -> e.name().equals(given))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid(field, "problem.rule.value",
					String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
	}

	static Integer number(String given, String field) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(given.strip());
		}
		catch (NumberFormatException ex) {
			throw ProblemException.invalid(field, "problem.automation.number");
		}
	}

	static long version(String given) {
		try {
			return given == null ? -1 : Long.parseLong(given);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}

package io.kairos.customer.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The segment builder page's grid of conditions: group {@code g}, condition {@code c} are the form fields
 * {@code g<g>.c<c>.field}, {@code .operator} and {@code .values} (comma-separated). Rows without a field are
 * left out, and so are groups left empty.
 */
final class RuleForm {

	static final int GROUPS = 3;

	static final int CONDITIONS = 4;

	private static final int MAX_INDEX = 10;

	private RuleForm() {
	}

	/** The rule a submitted grid describes. */
	static SegmentRule parse(Map<String, String> form) {
		List<SegmentRule.Group> groups = new ArrayList<>();
		for (int g = 0; g < MAX_INDEX; g++) {
			List<SegmentRule.Condition> conditions = new ArrayList<>();
			for (int c = 0; c < MAX_INDEX; c++) {
				String prefix = "g" + g + ".c" + c + ".";
				String field = blankToNull(form.get(prefix + "field"));
				if (field != null) {
					String operator = blankToNull(form.get(prefix + "operator"));
					conditions.add(new SegmentRule.Condition(field, operator == null ? "in" : operator,
							split(form.get(prefix + "values"))));
				}
			}
			if (!conditions.isEmpty()) {
				groups.add(new SegmentRule.Group(conditions));
			}
		}
		return new SegmentRule(groups);
	}

	/** A rule laid out on the grid, with at least {@link #GROUPS} × {@link #CONDITIONS} rows to fill in. */
	static List<List<Row>> rows(SegmentRule rule) {
		List<SegmentRule.Group> groups = rule == null || rule.groups() == null ? List.of() : rule.groups();
		List<List<Row>> result = new ArrayList<>();
		for (int g = 0; g < Math.max(GROUPS, groups.size()); g++) {
			List<SegmentRule.Condition> conditions = g < groups.size() ? groups.get(g).conditions() : List.of();
			List<Row> rows = new ArrayList<>();
			for (int c = 0; c < Math.max(CONDITIONS, conditions.size()); c++) {
				SegmentRule.Condition condition = c < conditions.size() ? conditions.get(c) : null;
				rows.add(condition == null ? new Row(g, c, "", "in", "")
						: new Row(g, c, condition.field(), condition.operator(), String.join(", ", condition.values())));
			}
			result.add(rows);
		}
		return result;
	}

	private static List<String> split(String values) {
		if (values == null) {
			return List.of();
		}
		return Arrays.stream(values.split("[,，、]")).map(String::strip).filter(value -> !value.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One condition row of the grid, named for its form fields. */
	record Row(int group, int condition, String field, String operator, String values) {

		public String name(String part) {
			return "g" + group + ".c" + condition + "." + part;
		}

	}

}

package io.kairos.customer.segment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder page's grid of conditions, read into a rule and laid out again. */
class RuleFormTests {

	@Test
	void rowsWithAFieldBecomeConditionsGroupedByTheirGroup() {
		SegmentRule rule = RuleForm.parse(Map.of("g0.c0.field", "tier", "g0.c0.operator", "in", "g0.c0.values",
				"GOLD, DIAMOND", "g0.c1.field", "", "g0.c1.values", "ignored", "g2.c3.field", "tag", "g2.c3.operator",
				"not_in", "g2.c3.values", "学生，企业主"));

		assertThat(rule.groups()).containsExactly(
				new SegmentRule.Group(List.of(new SegmentRule.Condition("tier", "in", List.of("GOLD", "DIAMOND")))),
				new SegmentRule.Group(List.of(new SegmentRule.Condition("tag", "not_in", List.of("学生", "企业主")))));
	}

	@Test
	void aRuleIsLaidOutOnAtLeastTheDefaultGrid() {
		SegmentRule rule = new SegmentRule(
				List.of(new SegmentRule.Group(List.of(new SegmentRule.Condition("city", "in", List.of("上海", "北京"))))));

		List<List<RuleForm.Row>> grid = RuleForm.rows(rule);

		assertThat(grid).hasSize(RuleForm.GROUPS).allSatisfy(group -> assertThat(group).hasSize(RuleForm.CONDITIONS));
		assertThat(grid.get(0).get(0)).isEqualTo(new RuleForm.Row(0, 0, "city", "in", "上海, 北京"));
		assertThat(grid.get(0).get(0).name("values")).isEqualTo("g0.c0.values");
		assertThat(RuleForm.parse(Map.of("g0.c0.field", "city", "g0.c0.operator", "in", "g0.c0.values", "上海, 北京")))
			.isEqualTo(rule);
	}

}

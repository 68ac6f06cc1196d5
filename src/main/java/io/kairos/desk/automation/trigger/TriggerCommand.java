package io.kairos.desk.automation.trigger;

import java.util.List;

import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;

/** A trigger as its author writes it; position orders triggers (lower first), active defaults to true. */
public record TriggerCommand(String name, FiresOn firesOn, Match match, List<Condition> conditions,
		List<RuleAction> actions, Integer position, Boolean active) {
}

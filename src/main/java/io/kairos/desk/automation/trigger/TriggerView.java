package io.kairos.desk.automation.trigger;

import java.time.Instant;
import java.util.List;

import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;

public record TriggerView(long id, String name, FiresOn firesOn, Match match, List<Condition> conditions,
		List<RuleAction> actions, int position, boolean active, long version, Instant updatedAt) {
}

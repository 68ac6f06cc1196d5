package io.kairos.desk.automation.timed;

import java.time.Instant;
import java.util.List;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;

public record AutomationView(long id, String name, TicketStatus status, SinceField since, int hours, Match match,
		List<Condition> conditions, List<RuleAction> actions, int position, boolean active, long version,
		Instant updatedAt) {

	AutomationCommand command() {
		return new AutomationCommand(name, status, since, hours, match, conditions, actions, position, active);
	}

}

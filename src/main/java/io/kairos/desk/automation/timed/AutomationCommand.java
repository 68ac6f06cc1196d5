package io.kairos.desk.automation.timed;

import java.util.List;

import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.rule.Condition;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.RuleAction;

/**
 * A time-based automation: tickets in {@code status} for more than {@code hours} since {@code since}, optionally
 * narrowed by conditions, get the actions.
 */
public record AutomationCommand(String name, TicketStatus status, SinceField since, Integer hours, Match match,
		List<Condition> conditions, List<RuleAction> actions, Integer position, Boolean active) {
}

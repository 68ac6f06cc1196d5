package io.kairos.desk.automation.rule;

import java.time.Instant;

/**
 * Which rule is acting, for the ticket's history: {@code action} is the history code ({@code trigger.fired},
 * {@code automation.ran}); {@code since} is the timestamp an automation counted from (null for triggers).
 */
public record RuleSource(String action, long ruleId, String name, Instant since) {
}

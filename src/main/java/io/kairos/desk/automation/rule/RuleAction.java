package io.kairos.desk.automation.rule;

/** One action with its value: a priority, a tag, a team id, a status or the text of an internal note. */
public record RuleAction(ActionKind kind, String value) {
}

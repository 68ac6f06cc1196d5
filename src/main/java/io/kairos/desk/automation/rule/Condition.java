package io.kairos.desk.automation.rule;

/** One test on a ticket field, e.g. {@code PRIORITY IS HIGH}, {@code TAG IS_NOT vip}, {@code SUBJECT CONTAINS 退款}. */
public record Condition(ConditionField field, Operator operator, String value) {
}

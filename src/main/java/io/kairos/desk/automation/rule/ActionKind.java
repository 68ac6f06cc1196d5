package io.kairos.desk.automation.rule;

/**
 * What a trigger or automation does to a ticket. SEND_REMINDER (automations only) announces
 * {@code PendingReminderDue} for the messaging module and notes it in the ticket's history.
 */
public enum ActionKind {
	SET_PRIORITY, ADD_TAG, ASSIGN_TEAM, SET_STATUS, ADD_NOTE, SEND_REMINDER
}

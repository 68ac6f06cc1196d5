package io.kairos.desk.automation.rule;

/** The ticket fields a trigger or automation may test. */
public enum ConditionField {
	CHANNEL, TYPE, PRIORITY, CATEGORY, STATUS, TAG, CUSTOMER_TIER, SUBJECT
}

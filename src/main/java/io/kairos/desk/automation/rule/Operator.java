package io.kairos.desk.automation.rule;

/** IS / IS_NOT for every field but the subject (for a tag: present / absent); CONTAINS / NOT_CONTAINS for it. */
public enum Operator {
	IS, IS_NOT, CONTAINS, NOT_CONTAINS
}

package io.kairos.desk.automation.rule;

/** How a rule's conditions combine: all must hold, or any one. No conditions at all match every ticket. */
public enum Match {
	ALL, ANY
}

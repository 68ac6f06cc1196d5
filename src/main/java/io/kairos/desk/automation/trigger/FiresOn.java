package io.kairos.desk.automation.trigger;

/** When a trigger is considered: when a ticket is created, when it changes, or both. */
public enum FiresOn {

	CREATE, UPDATE, CREATE_OR_UPDATE;

	boolean on(boolean created) {
		return this == CREATE_OR_UPDATE || (created ? this == CREATE : this == UPDATE);
	}

}

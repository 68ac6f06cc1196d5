package io.kairos.desk.automation.timed;

/** The ticket timestamp an automation counts hours from. */
public enum SinceField {

	CREATED_AT("created_at"), UPDATED_AT("updated_at"), RESOLVED_AT("resolved_at");

	private final String column;

	SinceField(String column) {
		this.column = column;
	}

	/** The column name: a fixed, allow-listed identifier, never user text. */
	String column() {
		return column;
	}

}

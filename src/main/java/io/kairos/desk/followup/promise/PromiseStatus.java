package io.kairos.desk.followup.promise;

/**
 * OPEN until due; OVERDUE once past due unsettled (never back to OPEN, so the overdue alert fires once);
 * KEPT or BROKEN when settled.
 */
public enum PromiseStatus {

	OPEN, OVERDUE, KEPT, BROKEN;

	public boolean settled() {
		return this == KEPT || this == BROKEN;
	}

}

package io.kairos.desk.followup.callback;

/**
 * PENDING until its due time; DUE once due ({@code CallbackDue} published, once); DONE with an outcome; CANCELLED
 * when the ticket was reopened before the call (a new callback follows the next resolution).
 */
public enum CallbackStatus {

	PENDING, DUE, DONE, CANCELLED;

	public boolean open() {
		return this == PENDING || this == DUE;
	}

}

package io.kairos.desk.followup.callback;

/** What the callback found: satisfied; not satisfied (the ticket reopens); unreachable (try again, up to a limit). */
public enum CallbackOutcome {
	SATISFIED, NOT_SATISFIED, UNREACHABLE
}

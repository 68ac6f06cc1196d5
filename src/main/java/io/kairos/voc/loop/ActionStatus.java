package io.kairos.voc.loop;

/** Where an improvement action stands. */
public enum ActionStatus {
	OPEN, IN_PROGRESS, DONE
}

package io.kairos.messaging.outbox;

/** Where a message is: waiting to be sent, sent, waiting for another attempt after a failure, or given up on. */
public enum MessageStatus {

	QUEUED, SENT, FAILED, DEAD

}

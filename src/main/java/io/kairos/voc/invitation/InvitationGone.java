package io.kairos.voc.invitation;

/** The invitation was answered already, expired, or its survey can no longer be answered: 410 Gone. */
class InvitationGone extends RuntimeException {

	InvitationGone() {
		super("The invitation can no longer be answered", null, false, false);
	}

}

package io.kairos.desk;

/** The SLA targets whose clocks run on an open ticket (SPEC §2.3). */
public enum SlaTarget {

	FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION

}

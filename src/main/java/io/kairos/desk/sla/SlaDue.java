package io.kairos.desk.sla;

import java.time.Instant;

/** The due times of a ticket's SLA targets under one policy; a null instant means no such target (or paused). */
public record SlaDue(Long policyId, Instant firstResponse, Instant nextResponse, Instant resolution) {

	public static final SlaDue NONE = new SlaDue(null, null, null, null);

}

package io.kairos.desk.alert;

/** Why a member of staff is alerted. */
enum AlertKind {
	SLA_WARNING, SLA_BREACHED, PROMISE_OVERDUE, ESCALATED
}

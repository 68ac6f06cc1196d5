package io.kairos.desk.sla;

/** The two points on a target's clock that raise an alert. */
enum SlaThreshold {

	WARNING, BREACH

}

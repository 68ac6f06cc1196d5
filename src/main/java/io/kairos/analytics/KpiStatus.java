package io.kairos.analytics;

/** A KPI value against its target: GREEN at or beyond the target, AMBER at or beyond the warning level, else RED. */
public enum KpiStatus {
	GREEN, AMBER, RED
}

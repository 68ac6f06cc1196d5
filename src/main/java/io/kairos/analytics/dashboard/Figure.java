package io.kairos.analytics.dashboard;

/**
 * A headline figure: a KPI's value for the dashboard's filter, its target and status, and where its records are.
 * @param value the figure as shown (formatted for the viewer), or empty when there is nothing to measure
 * @param target the target as shown, or null without one
 * @param status {@code RED}, {@code AMBER}, {@code GREEN}, or null without a target
 * @param link the drill-down address of the records behind the figure, or null when it counts none
 */
public record Figure(String kpi, String label, String value, String target, String status, String link) {
}

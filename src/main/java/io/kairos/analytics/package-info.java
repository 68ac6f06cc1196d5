/**
 * Service KPIs (SPEC §11) and staffing (SPEC §8): KPI definitions as code, day roll-ups kept current by the
 * desk's, the voice of the customer's and the journeys' events and rebuildable from their records, KPI targets
 * with red/amber/green, and the Erlang C planner.
 * <p>
 * Other code asks for figures through {@link io.kairos.analytics.Kpis}; sub-packages are internal.
 */
@ApplicationModule(allowedDependencies = { "customer", "desk", "identity", "journey", "messaging", "shared", "voc" })
package io.kairos.analytics;

import org.springframework.modulith.ApplicationModule;

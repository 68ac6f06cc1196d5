/**
 * Service KPIs (SPEC §11) and staffing (SPEC §8): KPI definitions as code, day roll-ups kept current by the desk's
 * events and rebuildable from the desk's tickets, KPI targets with red/amber/green, and the Erlang C planner.
 * <p>
 * Other code asks for figures through {@link io.kairos.analytics.Kpis}; sub-packages are internal.
 */
@ApplicationModule(allowedDependencies = { "customer", "desk", "identity", "messaging", "shared" })
package io.kairos.analytics;

import org.springframework.modulith.ApplicationModule;

/**
 * The service desk (SPEC §2): tickets and their conversations, the seven service steps, SLA policies on
 * business calendars, routing to teams and agents, macros and scripts, promises, callbacks and automation.
 * <p>
 * Other modules react to its events ({@code TicketOpened}, {@code TicketResolved} …) and read tickets through
 * the facades in this package; sub-packages are internal.
 */
@ApplicationModule(allowedDependencies = { "customer", "identity", "messaging", "shared" })
package io.kairos.desk;

import org.springframework.modulith.ApplicationModule;

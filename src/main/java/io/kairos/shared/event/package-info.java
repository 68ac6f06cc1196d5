/** How events and other asynchronous work are executed. */
package io.kairos.shared.event;

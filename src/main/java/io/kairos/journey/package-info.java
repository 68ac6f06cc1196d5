/**
 * Moments of truth and customer journeys (SPEC §4): touchpoints with their service standards, the MOT interaction
 * model and the −3..+3 value scale with its index, journeys with ordered stages drawn as maps from measured data
 * (emotion curve, pain points, peak and end), and the three-step E-MOT design with its after-the-fact comparison.
 * <p>
 * Other modules listen to {@link io.kairos.journey.MotScored}; sub-packages are internal.
 */
@ApplicationModule(allowedDependencies = { "customer", "desk", "identity", "shared", "voc" })
package io.kairos.journey;

import org.springframework.modulith.ApplicationModule;

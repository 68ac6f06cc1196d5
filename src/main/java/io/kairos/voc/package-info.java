/**
 * Voice of the customer (SPEC §5): survey templates in versions, validated responses with their context,
 * NPS with its confidence interval, SERVQUAL with the zone of tolerance, Kano classification and driver analysis.
 * <p>
 * Other modules listen to {@link io.kairos.voc.SurveyAnswered} and {@link io.kairos.voc.MotAnswered}, record
 * answers through {@link io.kairos.voc.SurveyResponses} and read a published survey through
 * {@link io.kairos.voc.SurveyCatalog}; {@link io.kairos.voc.NetPromoterScore} is the one NPS formula.
 */
@ApplicationModule(allowedDependencies = { "customer", "desk", "identity", "messaging", "shared" })
package io.kairos.voc;

import org.springframework.modulith.ApplicationModule;

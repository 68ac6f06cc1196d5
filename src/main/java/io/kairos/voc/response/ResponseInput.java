package io.kairos.voc.response;

import java.time.Instant;
import java.util.Map;

import io.kairos.customer.CustomerId;
import io.kairos.voc.RecordResponse;
import io.kairos.voc.ResponseSource;
import tools.jackson.databind.JsonNode;

/**
 * One response as the API and the import take it: answers keyed by question code, optional context.
 * {@code surveyVersion} null means the latest published version.
 */
public record ResponseInput(Integer surveyVersion, Long customerId, Long ticketId, Long touchpointId, Long teamId,
		Long agentId, String channel, String tier, String segment, Instant respondedAt, Map<String, JsonNode> answers) {

	RecordResponse toCommand(long surveyId, int version, ResponseSource source) {
		return new RecordResponse(surveyId, version, answers, customerId == null || customerId <= 0 ? null
				: new CustomerId(customerId), ticketId, touchpointId, teamId, agentId, channel, tier, segment,
				respondedAt, source);
	}

}

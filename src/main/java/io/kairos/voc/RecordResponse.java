package io.kairos.voc;

import java.time.Instant;
import java.util.Map;

import io.kairos.customer.CustomerId;
import tools.jackson.databind.JsonNode;

/**
 * A response to record: the survey version it answers, the answers keyed by question code (as the JSON the
 * customer sent), and the context it was given in. Everything but the survey and the answers may be null;
 * {@code respondedAt} null means now, {@code source} null means {@link ResponseSource#API}.
 */
public record RecordResponse(long surveyId, int surveyVersion, Map<String, JsonNode> answers, CustomerId customerId,
		Long ticketId, Long touchpointId, Long teamId, Long agentId, String channel, String tier, String segment,
		Instant respondedAt, ResponseSource source) {

	public RecordResponse {
		answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
	}

	/** A response without context, e.g. from a public link. */
	public static RecordResponse of(long surveyId, int surveyVersion, Map<String, JsonNode> answers,
			ResponseSource source) {
		return new RecordResponse(surveyId, surveyVersion, answers, null, null, null, null, null, null, null, null,
				null, source);
	}

}

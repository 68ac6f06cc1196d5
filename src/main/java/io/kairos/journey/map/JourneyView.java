package io.kairos.journey.map;

import java.time.Instant;
import java.util.List;

/** A journey with its ordered stages as designed. */
public record JourneyView(long id, String name, String description, List<Stage> stages, Instant createdAt) {

	/**
	 * A stage: what the customer does, thinks and feels there, and the touchpoints met.
	 * @param hygiene a hygiene factor (two-factor law): failing it makes customers unhappy, doing it well does not
	 *     delight them
	 */
	public record Stage(long id, int position, String name, String customerActions, String thoughts, String feelings,
			boolean hygiene, List<Long> touchpointIds) {
	}

	public Stage stage(long stageId) {
		return stages.stream().filter(s -> s.id() == stageId).findFirst().orElse(null);
	}

}

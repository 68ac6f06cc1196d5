package io.kairos.journey.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An E-MOT design of a journey: the fine steps (granularise), their touchpoints and standards (touchpoint-ise) and
 * the designed moments (peak-ise). The comparison measures from {@code effectiveFrom} on.
 */
public record DesignView(long id, long journeyId, String name, LocalDate effectiveFrom, List<Step> steps,
		List<Moment> moments) {

	public record Step(long id, long stageId, int position, String name, Long touchpointId, Long standardId) {

		public boolean bound() {
			return touchpointId != null;
		}

	}

	public record Moment(long id, long stepId, MomentKind kind, String segment, String addresses, DesignLaw law,
			BigDecimal expectedNpsChange, String idea) {
	}

	public Step step(long stepId) {
		return steps.stream().filter(s -> s.id() == stepId).findFirst().orElse(null);
	}

	/** 1 granularise, 2 touchpoint-ise, 3 peak-ise: the first step not yet done. */
	public int nextStep() {
		if (steps.isEmpty()) {
			return 1;
		}
		if (steps.stream().noneMatch(Step::bound)) {
			return 2;
		}
		return 3;
	}

}

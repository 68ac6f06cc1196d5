package io.kairos.journey.map;

import java.util.Collection;

import org.springframework.stereotype.Component;

import io.kairos.journey.mot.Period;

/** The NPS of survey answers about a stage's touchpoints. */
@Component
public class StageNps {

	/** The NPS (null without answers) and the number of answers it stands on. */
	public record Figure(Double nps, int answers) {
	}

	public Figure of(Collection<Long> touchpointIds, Period period) {
		return new Figure(null, 0);
	}

}

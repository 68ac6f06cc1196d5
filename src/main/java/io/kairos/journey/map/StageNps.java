package io.kairos.journey.map;

import java.math.BigDecimal;
import java.util.Collection;

import org.springframework.stereotype.Component;

import io.kairos.journey.design.Comparison;
import io.kairos.journey.mot.Period;

/** The NPS of survey answers about a stage's touchpoints, and its movement between two periods. */
@Component
public class StageNps {

	/** The NPS (null without answers) and the number of answers it stands on. */
	public record Figure(Double nps, int answers) {
	}

	public Figure of(Collection<Long> touchpointIds, Period period) {
		return new Figure(null, 0);
	}

	public Comparison.Nps compare(Collection<Long> touchpointIds, Period before, Period after, BigDecimal expected) {
		return new Comparison.Nps(false, expected, null, 0, null, 0, null, null, null);
	}

}

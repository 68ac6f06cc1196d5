package io.kairos.journey.map;

import java.time.LocalDate;
import java.util.List;

/** A journey map: the designed stages overlaid with what was measured in the period, and the stage flags. */
public record JourneyMap(long journeyId, String name, String description, LocalDate from, LocalDate to,
		Thresholds thresholds, List<StageFigures> stages) {

	public record Thresholds(double negativeShare, double complaintRate) {
	}

	public record TouchpointRef(long id, String name, String channel, boolean online) {
	}

	/**
	 * One stage. {@code mean} is the point of the emotion curve; {@code volume} the scored moments;
	 * {@code medianHandleMinutes} the median time from opening to resolving of the resolved tickets at its
	 * touchpoints; {@code nps} the NPS of survey answers about its touchpoints (null without answers).
	 */
	public record StageFigures(long id, int position, String name, String customerActions, String thoughts,
			String feelings, boolean hygiene, List<TouchpointRef> touchpoints, int volume, Double mean,
			Double negativeShare, Double topShare, int tickets, int complaints, Double complaintRate,
			Double medianHandleMinutes, Double nps, int npsAnswers, boolean pain, boolean negativeShareExceeded,
			boolean complaintRateExceeded, boolean peak, boolean end) {
	}

	public StageFigures stage(long id) {
		return stages.stream().filter(s -> s.id() == id).findFirst().orElse(null);
	}

}

package io.kairos.journey.mot;

import java.util.Arrays;

import io.kairos.shared.api.ProblemException;

/** What the MOT index is grouped by; the column is fixed here, never taken from the request. */
public enum MotGrouping {
	TOUCHPOINT("touchpoint_id"), STAGE("stage_id"), JOURNEY("journey_id"), AGENT("agent_id"), TEAM("team_id");

	final String column;

	MotGrouping(String column) {
		this.column = column;
	}

	public static MotGrouping of(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return TOUCHPOINT;
		}
		return Arrays.stream(values())
			.filter(g -> g.name().equalsIgnoreCase(parameter.strip()))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid("groupBy", "problem.mot.group-by",
					"touchpoint, stage, journey, agent, team"));
	}

	public String parameter() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}

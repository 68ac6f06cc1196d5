package io.kairos.voc.report;

import java.util.Arrays;
import java.util.Optional;

/** The response columns NPS may be broken down by (allow-listed: the name in the API, the column in SQL). */
public enum NpsGrouping {

	SEGMENT("segment", "r.segment"), TIER("tier", "r.tier"), CHANNEL("channel", "r.channel"),
	TOUCHPOINT("touchpoint", "r.touchpoint_id"), TEAM("team", "r.team_id"), AGENT("agent", "r.agent_id");

	private final String key;

	private final String column;

	NpsGrouping(String key, String column) {
		this.key = key;
		this.column = column;
	}

	public static Optional<NpsGrouping> of(String key) {
		return Arrays.stream(values()).filter(grouping -> grouping.key.equals(key)).findFirst();
	}

	public String key() {
		return key;
	}

	String column() {
		return column;
	}

}

package io.kairos.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How KPI values are grouped; NONE gives one group ({@code all}) for the whole period. */
public enum GroupBy {

	NONE, DAY, WEEK, MONTH, TEAM, CHANNEL, TIER, TYPE, AGENT, CATEGORY;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<GroupBy> ofCode(String code) {
		return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
	}

	/** Grouped by a period of time rather than a dimension. */
	public boolean byTime() {
		return this == DAY || this == WEEK || this == MONTH;
	}

}

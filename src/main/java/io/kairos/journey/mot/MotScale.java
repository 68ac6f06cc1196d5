package io.kairos.journey.mot;

import java.util.List;

/** The value scale (客户服务沟通价值表, SPEC §4.3): −3..+3, each with its meaning under {@code mot.scale.<n>}. */
public final class MotScale {

	public static final List<Integer> POINTS = List.of(-3, -2, -1, 0, 1, 2, 3);

	private MotScale() {
	}

	public static String key(int score) {
		return "mot.scale." + (score < 0 ? "m" + (-score) : Integer.toString(score));
	}

}

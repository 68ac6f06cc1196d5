package io.kairos.journey.design;

import java.util.List;
import java.util.Set;

/**
 * The two-factor check of a designed moment (after F. Herzberg, B. Mausner, B. B. Snyderman, "The Motivation to
 * Work", 1959: hygiene factors only prevent dissatisfaction). A stage marked hygiene whose MOT mean before the
 * design is below 0 is <em>failing</em>. While any hygiene stage fails, the only moments allowed are painkillers
 * at a failing hygiene stage; other moments are allowed once every failing hygiene stage has such a painkiller in
 * the same design — don't spend on motivators while a hygiene factor fails.
 */
public final class HygieneRule {

	private HygieneRule() {
	}

	/** A stage as the rule sees it; {@code mean} null without scores (not failing: nothing says so). */
	public record Stage(long id, String name, boolean hygiene, Double mean) {

		boolean failing() {
			return hygiene && mean != null && mean < 0;
		}

	}

	/**
	 * The failing hygiene stage that blocks a new moment, or null when the moment may be designed.
	 * @param stageId the stage of the new moment's step
	 * @param painkillerStages stages that already have a painkiller moment in the design
	 */
	public static Stage blocking(List<Stage> stages, long stageId, DesignLaw law, Set<Long> painkillerStages) {
		boolean atFailingStage = stages.stream().anyMatch(s -> s.id() == stageId && s.failing());
		if (law == DesignLaw.PAINKILLER && atFailingStage) {
			return null;
		}
		return stages.stream()
			.filter(Stage::failing)
			.filter(s -> !painkillerStages.contains(s.id()))
			.findFirst()
			.orElse(null);
	}

}

package io.kairos.desk.followup.step;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kairos.desk.ServiceStep;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of moving between the seven steps. */
class StepAdvanceTests {

	static final ChecklistEntry GREETED = new ChecklistEntry(1, "Greet", true, true, 7L, Instant.EPOCH);

	static final ChecklistEntry IDENTIFIED = new ChecklistEntry(2, "Identify", true, false, null, null);

	static final ChecklistEntry OPTIONAL = new ChecklistEntry(3, "Optional", false, false, null, null);

	@Test
	void theNextStepNeedsEveryRequiredItemTickedAndNamesTheMissingOnes() {
		StepAdvance.Verdict verdict = StepAdvance.judge(ServiceStep.RECEPTION, ServiceStep.NEEDS_CONFIRMATION, false,
				List.of(GREETED, IDENTIFIED, OPTIONAL));

		assertThat(verdict).isInstanceOfSatisfying(StepAdvance.Incomplete.class,
				incomplete -> assertThat(incomplete.missing()).extracting(ChecklistEntry::text).containsExactly("Identify"));
	}

	@Test
	void optionalItemsDoNotHoldATicketBack() {
		ChecklistEntry identified = new ChecklistEntry(2, "Identify", true, true, 7L, Instant.EPOCH);

		assertThat(StepAdvance.judge(ServiceStep.RECEPTION, ServiceStep.NEEDS_CONFIRMATION, false,
				List.of(GREETED, identified, OPTIONAL))).isInstanceOf(StepAdvance.Allowed.class);
		assertThat(StepAdvance.judge(ServiceStep.CLOSING, ServiceStep.FOLLOW_UP, false, List.of()))
			.as("a step without a checklist").isInstanceOf(StepAdvance.Allowed.class);
	}

	@Test
	void skippingOrGoingBackIsForSupervisorsOnly() {
		List<ChecklistEntry> done = List.of(GREETED);

		assertThat(StepAdvance.judge(ServiceStep.RECEPTION, ServiceStep.SOLUTION, false, done))
			.isEqualTo(new StepAdvance.Forbidden(true));
		assertThat(StepAdvance.judge(ServiceStep.SOLUTION, ServiceStep.RECEPTION, false, done))
			.isEqualTo(new StepAdvance.Forbidden(false));
		assertThat(StepAdvance.judge(ServiceStep.RECEPTION, ServiceStep.SOLUTION, true, done))
			.isInstanceOf(StepAdvance.Allowed.class);
		assertThat(StepAdvance.judge(ServiceStep.SOLUTION, ServiceStep.RECEPTION, true, List.of(IDENTIFIED)))
			.as("going back leaves the current step unfinished").isInstanceOf(StepAdvance.Allowed.class);
	}

	@Test
	void aSupervisorsSkipStillNeedsTheCurrentStepsRequiredItems() {
		assertThat(StepAdvance.judge(ServiceStep.RECEPTION, ServiceStep.EXECUTION, true, List.of(GREETED, IDENTIFIED)))
			.isInstanceOf(StepAdvance.Incomplete.class);
	}

	@Test
	void stayingInTheSameStepIsNoMove() {
		assertThat(StepAdvance.judge(ServiceStep.SOLUTION, ServiceStep.SOLUTION, false, List.of(IDENTIFIED)))
			.isInstanceOf(StepAdvance.Allowed.class);
	}

}

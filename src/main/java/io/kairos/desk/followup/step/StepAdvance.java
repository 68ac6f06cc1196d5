package io.kairos.desk.followup.step;

import java.util.List;

import io.kairos.desk.ServiceStep;

/**
 * The rule of moving a ticket between the seven steps: the next step is open to whoever works the ticket once
 * the current step's required items are ticked; skipping a step or going back is a supervisor's call, and a
 * skip forward still needs the current step's required items.
 */
final class StepAdvance {

	private StepAdvance() {
	}

	static Verdict judge(ServiceStep from, ServiceStep to, boolean mayOverride, List<ChecklistEntry> current) {
		if (to == from) {
			return new Allowed();
		}
		boolean forward = to.number() > from.number();
		boolean nextStep = to.number() == from.number() + 1;
		if (!nextStep && !mayOverride) {
			return new Forbidden(forward);
		}
		if (!forward) {
			return new Allowed();
		}
		List<ChecklistEntry> missing = current.stream().filter(item -> item.required() && !item.ticked()).toList();
		return missing.isEmpty() ? new Allowed() : new Incomplete(missing);
	}

	sealed interface Verdict permits Allowed, Forbidden, Incomplete {
	}

	record Allowed() implements Verdict {
	}

	/** A skip ({@code forward}) or a step back without the right to override the order. */
	record Forbidden(boolean forward) implements Verdict {
	}

	record Incomplete(List<ChecklistEntry> missing) implements Verdict {
	}

}

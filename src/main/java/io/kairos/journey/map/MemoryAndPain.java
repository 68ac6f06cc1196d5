package io.kairos.journey.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Flags the stages of a journey map. A <b>pain point</b> is a stage whose share of negative moments or whose
 * complaint rate (complaints per ticket at its touchpoints) exceeds its threshold. The <b>memory points</b> follow
 * the peak-end rule: the stage with the highest mean score (the first of equals; stages without scores do not
 * compete) and the final stage.
 */
public final class MemoryAndPain {

	private MemoryAndPain() {
	}

	/** What the rule needs of a stage; null figures mean "no data". */
	public record Measure(Double mean, Double negativeShare, Double complaintRate) {
	}

	public record Thresholds(double negativeShare, double complaintRate) {
	}

	public record Flags(boolean pain, boolean negativeShareExceeded, boolean complaintRateExceeded, boolean peak,
			boolean end) {
	}

	public static List<Flags> flag(List<Measure> stages, Thresholds thresholds) {
		int peak = -1;
		for (int i = 0; i < stages.size(); i++) {
			Double mean = stages.get(i).mean();
			if (mean != null && (peak < 0 || mean > stages.get(peak).mean())) {
				peak = i;
			}
		}
		List<Flags> flags = new ArrayList<>();
		for (int i = 0; i < stages.size(); i++) {
			Measure m = stages.get(i);
			boolean negative = m.negativeShare() != null && m.negativeShare() > thresholds.negativeShare();
			boolean complaints = m.complaintRate() != null && m.complaintRate() > thresholds.complaintRate();
			flags.add(new Flags(negative || complaints, negative, complaints, i == peak, i == stages.size() - 1));
		}
		return flags;
	}

}

package io.kairos.journey.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Did the designed peaks become peaks? The touchpoints of a journey are ranked by their MOT mean after the design
 * took effect (touchpoints without scores are not ranked; equal means share a rank). With k distinct touchpoints
 * carrying designed peak moments, a designed peak <em>became a peak</em> when its touchpoint ranks within the top
 * k — the designed moments are then the highest-scoring ones.
 */
public final class PeakCheck {

	private PeakCheck() {
	}

	/** Rank 1 = highest mean; null for touchpoints without scores. */
	public static Map<Long, Integer> ranks(Map<Long, Double> meanAfter) {
		List<Map.Entry<Long, Double>> scored = new ArrayList<>(meanAfter.entrySet().stream()
			.filter(e -> e.getValue() != null)
			.toList());
		scored.sort(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()));
		Map<Long, Integer> ranks = new java.util.HashMap<>();
		for (int i = 0; i < scored.size(); i++) {
			Double mean = scored.get(i).getValue();
			int rank = i + 1;
			for (int j = 0; j < i; j++) {
				if (scored.get(j).getValue().equals(mean)) {
					rank = ranks.get(scored.get(j).getKey());
					break;
				}
			}
			ranks.put(scored.get(i).getKey(), rank);
		}
		return ranks;
	}

	/** The designed peak touchpoints that became peaks. */
	public static Set<Long> becamePeaks(Set<Long> designedPeakTouchpoints, Map<Long, Double> meanAfter) {
		Map<Long, Integer> ranks = ranks(meanAfter);
		int k = designedPeakTouchpoints.size();
		Set<Long> peaks = new LinkedHashSet<>();
		for (Long touchpoint : designedPeakTouchpoints) {
			Integer rank = ranks.get(touchpoint);
			if (rank != null && rank <= k) {
				peaks.add(touchpoint);
			}
		}
		return peaks;
	}

}

package io.kairos.journey.design;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a design achieved: per designed moment the MOT index of its touchpoint before and after the design took
 * effect, its rank after, and whether a designed peak became a peak; the NPS movement expected and measured.
 */
public record Comparison(long designId, String name, LocalDate baselineFrom, LocalDate effectiveFrom, LocalDate to,
		int rankedTouchpoints, List<MomentResult> moments, Nps nps) {

	public record MomentResult(long momentId, MomentKind kind, DesignLaw law, String stepName, String stageName,
			long touchpointId, String touchpointName, Double meanBefore, int countBefore, Double meanAfter,
			int countAfter, Integer rankAfter, boolean becamePeak, boolean improved, BigDecimal expectedNpsChange) {
	}

	/**
	 * NPS of answers about the journey's touchpoints before and after; {@code significant} from the two-period
	 * test, null when unavailable.
	 */
	public record Nps(boolean available, BigDecimal expectedChange, Double before, int answersBefore, Double after,
			int answersAfter, Double change, Boolean significant, Boolean asExpected) {
	}

	public long peaksDesigned() {
		return moments.stream().filter(m -> m.kind() == MomentKind.PEAK).count();
	}

	public long peaksBecome() {
		return moments.stream().filter(MomentResult::becamePeak).count();
	}

}

package io.kairos.analytics.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NPS, CSAT and the MOT index from summed counts.
 * <ul>
 * <li>NPS = 100 × (promoters − detractors) ÷ respondents, promoters 9–10, detractors 0–6 (F. F. Reichheld, "The One
 * Number You Need to Grow", Harvard Business Review, December 2003); numerator promoters − detractors.</li>
 * <li>CSAT = 100 × satisfied ÷ respondents, satisfied = 4 or 5 on the 1–5 scale (top-two-box).</li>
 * <li>MOT index = mean score on the −3..+3 value scale (SPEC §4.3, as the journey module's MotIndex).</li>
 * </ul>
 */
public final class FeedbackScores {

	private FeedbackScores() {
	}

	public static Figure nps(long promoters, long detractors, long respondents) {
		return Ratio.percent(promoters - detractors, respondents);
	}

	public static Figure csat(long satisfied, long respondents) {
		return Ratio.percent(satisfied, respondents);
	}

	public static Figure motIndex(long sum, long count) {
		BigDecimal value = count == 0 ? null
				: BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
		return new Figure(value, BigDecimal.valueOf(sum), BigDecimal.valueOf(count));
	}

}

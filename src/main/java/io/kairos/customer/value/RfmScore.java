package io.kairos.customer.value;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * RFM scoring in quintiles, the independent method: customers are ranked three times, once per dimension, and
 * each ranking is cut into five groups of equal size. The best fifth scores 5 — the most recent purchase, the
 * most purchases, the most money — and the worst fifth scores 1. Customers with equal values share a score
 * (the score of the first of them in the ranking), so a tie never splits across two groups.
 */
public final class RfmScore {

	private RfmScore() {
	}

	/** What a customer's purchases add up to: days since the last one, how many, and how much in total. */
	public record Figures(long customer, long recencyDays, long frequency, BigDecimal monetary) {
	}

	/** A customer's three scores, each 1..5; {@link #total()} is 3..15. */
	public record Score(int recency, int frequency, int monetary) {

		public int total() {
			return recency + frequency + monetary;
		}

		public String code() {
			return "" + recency + frequency + monetary;
		}

	}

	/** Scores every customer given; the customers without any purchase are left out by the caller. */
	public static Map<Long, Score> score(List<Figures> customers) {
		int[] recency = quintiles(customers, Comparator.comparingLong((Figures f) -> f.recencyDays()).reversed());
		int[] frequency = quintiles(customers, Comparator.comparingLong(Figures::frequency));
		int[] monetary = quintiles(customers, Comparator.comparing(Figures::monetary));
		Map<Long, Score> scores = new HashMap<>();
		for (int i = 0; i < customers.size(); i++) {
			scores.put(customers.get(i).customer(), new Score(recency[i], frequency[i], monetary[i]));
		}
		return scores;
	}

	/**
	 * The quintile (1..5) of each customer, by their position in the ranking from worst to best: the first
	 * fifth of the positions is 1, the last fifth is 5.
	 */
	static int[] quintiles(List<Figures> customers, Comparator<Figures> worstFirst) {
		int n = customers.size();
		int[] order = IntStream.range(0, n)
			.boxed()
			.sorted((a, b) -> worstFirst.compare(customers.get(a), customers.get(b)))
			.mapToInt(Integer::intValue)
			.toArray();
		int[] scores = new int[n];
		int tieStart = 0;
		for (int position = 0; position < n; position++) {
			if (position > 0 && worstFirst.compare(customers.get(order[position - 1]), customers.get(order[position])) != 0) {
				tieStart = position;
			}
			scores[order[position]] = (int) ((long) tieStart * 5 / n) + 1;
		}
		return scores;
	}

}

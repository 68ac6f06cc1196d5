package io.kairos.voc.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Kano classification (SPEC §5.4). Each answer pair is classified with the standard evaluation table (Berger et
 * al. 1993, "Kano's methods for understanding customer-defined quality", Center for Quality of Management Journal
 * 2(4), Table 1; rows = functional answer, columns = dysfunctional answer, both in the order like, must-be/expect,
 * neutral, live-with/tolerate, dislike). A feature's category is the most frequent one (ties are reported, not
 * broken). Customer satisfaction coefficients after Timko (in Berger et al. 1993): Better = (A+O)/(A+O+M+I),
 * Worse = −(O+M)/(A+O+M+I).
 */
public final class KanoClassifier {

	/** The five standard answers, in the table's order. */
	public enum Answer {

		LIKE, EXPECT, NEUTRAL, TOLERATE, DISLIKE

	}

	public enum Category {

		/** Attractive. */
		A,
		/** One-dimensional. */
		O,
		/** Must-be. */
		M,
		/** Indifferent. */
		I,
		/** Reverse. */
		R,
		/** Questionable. */
		Q

	}

	private static final Category[][] TABLE = {
			// dysfunctional: LIKE EXPECT NEUTRAL TOLERATE DISLIKE
			{ Category.Q, Category.A, Category.A, Category.A, Category.O }, // functional LIKE
			{ Category.R, Category.I, Category.I, Category.I, Category.M }, // functional EXPECT
			{ Category.R, Category.I, Category.I, Category.I, Category.M }, // functional NEUTRAL
			{ Category.R, Category.I, Category.I, Category.I, Category.M }, // functional TOLERATE
			{ Category.R, Category.R, Category.R, Category.R, Category.Q } }; // functional DISLIKE

	private KanoClassifier() {
	}

	public static Category classify(Answer functional, Answer dysfunctional) {
		return TABLE[functional.ordinal()][dysfunctional.ordinal()];
	}

	/** How many respondents gave this pair for a feature. */
	public record Pair(Answer functional, Answer dysfunctional, long count) {
	}

	/**
	 * A feature's result: counts per category, the most frequent categories (more than one when tied; empty with
	 * no answers), Better and Worse (null when A+O+M+I is 0).
	 */
	public record Result(Map<Category, Long> counts, List<Category> categories, Double better, Double worse) {

		public boolean tie() {
			return categories.size() > 1;
		}

		public long count(Category category) {
			return counts.getOrDefault(category, 0L);
		}

	}

	public static Result evaluate(List<Pair> pairs) {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			counts.put(category, 0L);
		}
		for (Pair pair : pairs) {
			counts.merge(classify(pair.functional(), pair.dysfunctional()), pair.count(), Long::sum);
		}
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<Category> top = new ArrayList<>();
		if (max > 0) {
			counts.forEach((category, count) -> {
				if (count == max) {
					top.add(category);
				}
			});
		}
		long a = counts.get(Category.A);
		long o = counts.get(Category.O);
		long m = counts.get(Category.M);
		long i = counts.get(Category.I);
		long base = a + o + m + i;
		Double better = base == 0 ? null : (double) (a + o) / base;
		Double worse = base == 0 ? null : -(double) (o + m) / base;
		return new Result(Map.copyOf(counts), List.copyOf(top), better, worse);
	}

}

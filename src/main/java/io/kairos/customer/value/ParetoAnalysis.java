package io.kairos.customer.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto (80/20) view of customer value and its ABC classes. Customers are sorted by value, largest first;
 * the curve gives, after each customer, the cumulative share of customers against the cumulative share of
 * value. The 80/20 point is the smallest share of customers that brings at least 80% of the value. ABC: a
 * customer is A while the cumulative share including them is at most 80%, B up to 95%, C beyond — the usual
 * inventory cut-offs (A the top 80% of value, B the next 15%, C the last 5%).
 */
public final class ParetoAnalysis {

	/** The most points {@link #curve(int)} returns for a chart: every percent of the customers and the origin. */
	public static final int MAX_POINTS = 101;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal A_LIMIT = BigDecimal.valueOf(80);

	private static final BigDecimal B_LIMIT = BigDecimal.valueOf(95);

	public enum AbcClass {
		A, B, C
	}

	/** A point of the curve, both shares in percent (0..100). */
	public record Point(double customerShare, double valueShare) {
	}

	private final List<BigDecimal> sorted;

	private final BigDecimal[] cumulative;

	private final BigDecimal total;

	private ParetoAnalysis(List<BigDecimal> values) {
		this.sorted = values.stream().map(v -> v.signum() < 0 ? BigDecimal.ZERO : v).sorted(Comparator.reverseOrder()).toList();
		this.cumulative = new BigDecimal[sorted.size()];
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < sorted.size(); i++) {
			sum = sum.add(sorted.get(i));
			cumulative[i] = sum;
		}
		this.total = sum;
	}

	/** Analyses one value per customer; negative values (more refunded than bought) count as zero. */
	public static ParetoAnalysis of(List<BigDecimal> values) {
		return new ParetoAnalysis(values);
	}

	public int customers() {
		return sorted.size();
	}

	public BigDecimal total() {
		return total;
	}

	/** The values, largest first. */
	public List<BigDecimal> sortedValues() {
		return sorted;
	}

	/** Cumulative share of value (percent) after the customer at {@code index} of {@link #sortedValues()}. */
	public BigDecimal cumulativeShare(int index) {
		return total.signum() == 0 ? BigDecimal.ZERO
				: cumulative[index].multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_UP);
	}

	/** The ABC class of each customer, in the order of {@link #sortedValues()}. */
	public List<AbcClass> classes() {
		List<AbcClass> classes = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			BigDecimal scaled = cumulative[i].multiply(HUNDRED);
			classes.add(scaled.compareTo(A_LIMIT.multiply(total)) <= 0 ? AbcClass.A
					: scaled.compareTo(B_LIMIT.multiply(total)) <= 0 ? AbcClass.B : AbcClass.C);
		}
		return classes;
	}

	public Map<AbcClass, Integer> classCounts() {
		Map<AbcClass, Integer> counts = new EnumMap<>(AbcClass.class);
		for (AbcClass abc : AbcClass.values()) {
			counts.put(abc, 0);
		}
		classes().forEach(abc -> counts.merge(abc, 1, Integer::sum));
		return counts;
	}

	/** The smallest share of customers bringing at least 80% of the value; null when there is no value. */
	public Point eightyTwenty() {
		if (total.signum() == 0) {
			return null;
		}
		for (int i = 0; i < sorted.size(); i++) {
			if (cumulative[i].multiply(HUNDRED).compareTo(A_LIMIT.multiply(total)) >= 0) {
				return point(i + 1);
			}
		}
		return point(sorted.size());
	}

	/** The curve from (0, 0) to (100, 100), thinned to at most {@code maxPoints} points (ends kept). */
	public List<Point> curve(int maxPoints) {
		int n = sorted.size();
		List<Point> points = new ArrayList<>();
		if (n == 0) {
			return points;
		}
		if (n + 1 <= maxPoints) {
			for (int k = 0; k <= n; k++) {
				points.add(point(k));
			}
			return points;
		}
		int last = -1;
		for (int j = 0; j < maxPoints; j++) {
			int k = (int) Math.round((double) j * n / (maxPoints - 1));
			if (k != last) {
				points.add(point(k));
				last = k;
			}
		}
		return points;
	}

	/** The point after the first {@code k} customers. */
	private Point point(int k) {
		double customerShare = sorted.isEmpty() ? 0 : 100.0 * k / sorted.size();
		double valueShare = k == 0 || total.signum() == 0 ? 0
				: cumulative[k - 1].multiply(HUNDRED).divide(total, 6, RoundingMode.HALF_UP).doubleValue();
		return new Point(customerShare, valueShare);
	}

}

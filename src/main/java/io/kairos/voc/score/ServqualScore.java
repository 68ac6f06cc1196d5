package io.kairos.voc.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SERVQUAL scores (SPEC §5.3) from counted answers. Two-column form (Parasuraman, Zeithaml &amp; Berry 1988):
 * gap per item = mean P − mean E (equal to the mean of P − E, each answer holding both); dimension gap = mean of
 * its item gaps; overall unweighted = mean of the dimension gaps, and separately the mean over all items; weighted
 * = Σ dimension gap × the respondents' mean importance weight / 100 (Zeithaml, Parasuraman &amp; Berry 1990,
 * "Delivering Quality Service", appendix: weights normalised over the dimensions measured). Three-column form
 * (Parasuraman, Zeithaml &amp; Berry 1994, "Alternating measurement formats for measuring service quality",
 * Journal of Retailing 70(3)): MSA = P − adequate, MSS = P − desired per item and dimension; a dimension whose
 * MSA is below 0 is below the zone of tolerance, one whose MSS is above 0 above it.
 */
public final class ServqualScore {

	private ServqualScore() {
	}

	/** How many answers to an item gave these scores (expectation or desired/adequate null when not asked). */
	public record Cell(int item, Integer expectation, Integer desired, Integer adequate, int perception, long count) {
	}

	/** How many respondents gave this importance allocation (tangibles … empathy, summing to 100). */
	public record WeightCell(int[] points, long count) {
	}

	public record Item(int item, Dimension dimension, long n, Double expectation, Double perception, Double gap,
			long zoneN, Double desired, Double adequate, Double zonePerception, Double msa, Double mss) {
	}

	/** A dimension's figures; {@code desired}, {@code adequate} and {@code perceived} are the zone form's means. */
	public record DimensionScore(Dimension dimension, Double gap, Double weight, Double msa, Double mss,
			ZonePosition zone, Double desired, Double adequate, Double perceived) {
	}

	public enum ZonePosition {

		BELOW, WITHIN, ABOVE

	}

	public record Result(List<Item> items, List<DimensionScore> dimensions, Double unweighted, Double itemMean,
			Double weighted, long weightRespondents) {
	}

	public static Result score(List<Cell> cells, List<WeightCell> weightCells) {
		Map<Integer, double[]> sums = new TreeMap<>();
		for (Cell cell : cells) {
			// n, ΣE, ΣP (two-column); zone n, Σdesired, Σadequate, ΣP (three-column)
			double[] s = sums.computeIfAbsent(cell.item(), item -> new double[7]);
			if (cell.expectation() != null) {
				s[0] += cell.count();
				s[1] += (double) cell.expectation() * cell.count();
				s[2] += (double) cell.perception() * cell.count();
			}
			if (cell.desired() != null && cell.adequate() != null) {
				s[3] += cell.count();
				s[4] += (double) cell.desired() * cell.count();
				s[5] += (double) cell.adequate() * cell.count();
				s[6] += (double) cell.perception() * cell.count();
			}
		}
		List<Item> items = new ArrayList<>();
		for (Map.Entry<Integer, double[]> entry : sums.entrySet()) {
			double[] s = entry.getValue();
			Double e = s[0] > 0 ? s[1] / s[0] : null;
			Double p = s[0] > 0 ? s[2] / s[0] : null;
			Double desired = s[3] > 0 ? s[4] / s[3] : null;
			Double adequate = s[3] > 0 ? s[5] / s[3] : null;
			Double zp = s[3] > 0 ? s[6] / s[3] : null;
			items.add(new Item(entry.getKey(), Dimension.of(entry.getKey()), (long) s[0], e, p,
					e == null ? null : p - e, (long) s[3], desired, adequate, zp, zp == null ? null : zp - adequate,
					zp == null ? null : zp - desired));
		}
		Map<Dimension, Double> weights = weights(weightCells);
		long weightRespondents = weightCells.stream().mapToLong(WeightCell::count).sum();
		List<DimensionScore> dimensions = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			List<Item> own = items.stream().filter(item -> item.dimension() == dimension).toList();
			Double gap = mean(own.stream().map(Item::gap).toList());
			Double msa = mean(own.stream().map(Item::msa).toList());
			Double mss = mean(own.stream().map(Item::mss).toList());
			if (gap == null && msa == null) {
				continue;
			}
			ZonePosition zone = msa == null ? null : msa < 0 ? ZonePosition.BELOW : mss > 0 ? ZonePosition.ABOVE
					: ZonePosition.WITHIN;
			dimensions.add(new DimensionScore(dimension, gap, weights.get(dimension), msa, mss, zone,
					mean(own.stream().map(Item::desired).toList()), mean(own.stream().map(Item::adequate).toList()),
					mean(own.stream().map(Item::zonePerception).toList())));
		}
		Double unweighted = mean(dimensions.stream().map(DimensionScore::gap).toList());
		Double itemMean = mean(items.stream().map(Item::gap).toList());
		return new Result(List.copyOf(items), List.copyOf(dimensions), unweighted, itemMean,
				weighted(dimensions, weights), weightRespondents);
	}

	/** Mean points per dimension over the respondents who allocated them (0..100), empty when nobody did. */
	static Map<Dimension, Double> weights(List<WeightCell> cells) {
		Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
		long n = cells.stream().mapToLong(WeightCell::count).sum();
		if (n == 0) {
			return weights;
		}
		for (Dimension dimension : Dimension.values()) {
			double sum = 0;
			for (WeightCell cell : cells) {
				sum += (double) cell.points()[dimension.ordinal()] * cell.count();
			}
			weights.put(dimension, sum / n);
		}
		return weights;
	}

	/** Σ gap × weight / Σ weight over the dimensions that have both (Σ weight is 100 when all five are measured). */
	static Double weighted(List<DimensionScore> dimensions, Map<Dimension, Double> weights) {
		double total = 0;
		double weightSum = 0;
		for (DimensionScore dimension : dimensions) {
			Double weight = weights.get(dimension.dimension());
			if (dimension.gap() != null && weight != null) {
				total += dimension.gap() * weight;
				weightSum += weight;
			}
		}
		return weightSum == 0 ? null : total / weightSum;
	}

	private static Double mean(List<Double> values) {
		double sum = 0;
		int n = 0;
		for (Double value : values) {
			if (value != null) {
				sum += value;
				n++;
			}
		}
		return n == 0 ? null : sum / n;
	}

}

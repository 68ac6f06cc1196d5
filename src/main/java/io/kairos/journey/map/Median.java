package io.kairos.journey.map;

import java.util.Collection;
import java.util.List;

/** The median of a sample: the middle value, or the mean of the two middle values of an even-sized sample. */
public final class Median {

	private Median() {
	}

	public static Double of(Collection<? extends Number> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}

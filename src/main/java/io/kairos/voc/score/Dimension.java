package io.kairos.voc.score;

/**
 * The five SERVQUAL dimensions and their standard items (Parasuraman, Zeithaml &amp; Berry 1988, "SERVQUAL: a
 * multiple-item scale for measuring consumer perceptions of service quality", Journal of Retailing 64(1), the
 * 22-item scale; item numbering as in the 1991 refinement): tangibles 1–4, reliability 5–9, responsiveness
 * 10–13, assurance 14–17, empathy 18–22.
 */
public enum Dimension {

	TANGIBLES(1, 4), RELIABILITY(5, 9), RESPONSIVENESS(10, 13), ASSURANCE(14, 17), EMPATHY(18, 22);

	private final int first;

	private final int last;

	Dimension(int first, int last) {
		this.first = first;
		this.last = last;
	}

	public static Dimension of(int item) {
		for (Dimension dimension : values()) {
			if (item >= dimension.first && item <= dimension.last) {
				return dimension;
			}
		}
		throw new IllegalArgumentException("A SERVQUAL item is 1..22: " + item);
	}

	public int firstItem() {
		return first;
	}

	public int lastItem() {
		return last;
	}

	/** The lower-case name the API and the weights question use. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

package io.kairos.journey.design;

/** A designed peak moment, or the designed end moment (peak-end rule). */
public enum MomentKind {
	PEAK, END
}

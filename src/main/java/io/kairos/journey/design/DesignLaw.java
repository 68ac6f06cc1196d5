package io.kairos.journey.design;

/**
 * The three design laws of an E-MOT (SPEC §4.5): two-factor (双因子: a motivator, only once the hygiene factors
 * hold), painkiller (止痛片: relieves a felt pain point), resonator (共鸣器: emotional resonance with the target
 * customer).
 */
public enum DesignLaw {
	TWO_FACTOR, PAINKILLER, RESONATOR
}

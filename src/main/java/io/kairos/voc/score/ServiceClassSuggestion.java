package io.kairos.voc.score;

import java.util.List;

/**
 * The service class (SPEC §6.1) a Kano category suggests: must-be → basic (failing it causes strong
 * dissatisfaction, doing it raises none), one-dimensional → standard (above competitors raises, below lowers),
 * attractive → extended (doing it raises, not doing it does not lower). Indifferent, reverse, questionable and
 * tied results suggest no class. The emotional class is not suggested: a functional/dysfunctional pair cannot tell
 * emotional care from a one-dimensional feature, so that choice stays with the service designer.
 */
public final class ServiceClassSuggestion {

	public enum ServiceClass {

		BASIC, STANDARD, EXTENDED, EMOTIONAL

	}

	private ServiceClassSuggestion() {
	}

	public static ServiceClass suggest(List<KanoClassifier.Category> categories) {
		if (categories.size() != 1) {
			return null;
		}
		return switch (categories.get(0)) {
			case M -> ServiceClass.BASIC;
			case O -> ServiceClass.STANDARD;
			case A -> ServiceClass.EXTENDED;
			case I, R, Q -> null;
		};
	}

}

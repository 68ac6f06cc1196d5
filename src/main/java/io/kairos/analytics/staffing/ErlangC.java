package io.kairos.analytics.staffing;

/**
 * The Erlang C queue model (M/M/N: Poisson arrivals, exponential handle times, N agents, callers wait and never
 * abandon), as used for contact-centre staffing (SPEC §8). With traffic intensity A = calls × AHT ÷ interval (in
 * Erlangs) and N agents (N &gt; A):
 * <ul>
 * <li>probability of waiting P(wait) = (Aᴺ/N! · N/(N−A)) ÷ (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + Aᴺ/N! · N/(N−A)), computed through the
 * Erlang B recursion B(0) = 1, B(k) = A·B(k−1) ÷ (k + A·B(k−1)) and C = N·B ÷ (N − A·(1 − B)), which stays exact
 * without factorials for hundreds of agents;</li>
 * <li>service level SL(T) = 1 − P(wait) · e^(−(N−A)·T/AHT);</li>
 * <li>average speed of answer ASA = P(wait) · AHT ÷ (N − A);</li>
 * <li>occupancy = A ÷ N;</li>
 * <li>agents needed: the smallest N &gt; A whose SL(T) reaches the target and whose occupancy does not exceed the
 * maximum; scheduled agents = ⌈N ÷ (1 − shrinkage)⌉.</li>
 * </ul>
 * Pure. Sources: A. K. Erlang (1917); the worked example the tests reproduce is Call Centre Helper, "Erlang C
 * Formula – Made Simple With an Easy Worked Example".
 */
public final class ErlangC {

	/** No plan asks for more agents than this; beyond it the inputs are not a contact centre. */
	public static final int MAX_AGENTS = 100_000;

	private ErlangC() {
	}

	/** A = calls × AHT ÷ interval length, in Erlangs. */
	public static double trafficIntensity(double calls, double intervalSeconds, double handleSeconds) {
		return calls * handleSeconds / intervalSeconds;
	}

	/** P(wait): the share of calls that find every agent busy; 1 when the agents cannot keep up (N ≤ A). */
	public static double probabilityOfWaiting(int agents, double traffic) {
		if (agents <= traffic) {
			return 1;
		}
		double blocking = 1;
		for (int k = 1; k <= agents; k++) {
			blocking = traffic * blocking / (k + traffic * blocking);
		}
		return agents * blocking / (agents - traffic * (1 - blocking));
	}

	/** The share of calls answered within {@code targetSeconds}; 0 when the agents cannot keep up. */
	public static double serviceLevel(int agents, double traffic, double targetSeconds, double handleSeconds) {
		if (agents <= traffic) {
			return 0;
		}
		return 1 - probabilityOfWaiting(agents, traffic) * Math.exp(-(agents - traffic) * targetSeconds / handleSeconds);
	}

	/** ASA in seconds; infinite when the agents cannot keep up. */
	public static double averageSpeedOfAnswer(int agents, double traffic, double handleSeconds) {
		if (agents <= traffic) {
			return Double.POSITIVE_INFINITY;
		}
		return probabilityOfWaiting(agents, traffic) * handleSeconds / (agents - traffic);
	}

	/** The share of their time agents spend handling calls, A ÷ N. */
	public static double occupancy(int agents, double traffic) {
		return traffic / agents;
	}

	/**
	 * The fewest agents that answer {@code targetLevel} (0–1) of calls within {@code targetSeconds} at an occupancy
	 * of at most {@code maxOccupancy} (0–1); -1 when more than {@link #MAX_AGENTS} would be needed.
	 */
	public static int agentsNeeded(double traffic, double handleSeconds, double targetSeconds, double targetLevel,
			double maxOccupancy) {
		int agents = Math.max(1, (int) Math.floor(traffic) + 1);
		while (agents <= MAX_AGENTS) {
			if (serviceLevel(agents, traffic, targetSeconds, handleSeconds) >= targetLevel
					&& occupancy(agents, traffic) <= maxOccupancy) {
				return agents;
			}
			agents++;
		}
		return -1;
	}

	/** Agents to schedule so that {@code agents} remain after shrinkage (0–1: breaks, training, absence). */
	public static int scheduled(int agents, double shrinkage) {
		return (int) Math.ceil(agents / (1 - shrinkage) - 1e-9);
	}

}

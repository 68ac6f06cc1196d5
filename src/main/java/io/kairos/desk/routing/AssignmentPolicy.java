package io.kairos.desk.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.kairos.desk.team.AssignmentMode;

/**
 * The routing rules of SPEC §2.4 as a pure function of the candidates and the ticket's needs; {@link Routing}
 * gathers the inputs and stores the outcome.
 * <ol>
 * <li>A customer of an account-manager tier whose account manager is enabled, AVAILABLE and under capacity goes to
 * the account manager, in the ticket's team when the manager belongs to it, else in the manager's first team (the
 * lowest id), else in no team. Skills do not apply: the relationship is the point.</li>
 * <li>Otherwise only eligible team members are considered: enabled, AVAILABLE, under capacity, speaking the
 * customer's language when it is known, VIP-certified for VIP tiers, and covering the ticket's category when the
 * team uses product skills (any member declares one): an agent covers a category by declaring it or one of its
 * ancestors. A ticket without a category needs no product skill.</li>
 * <li>ROUND_ROBIN: the first eligible member (by staff id) after the one chosen last, wrapping around.
 * LEAST_LOADED: the eligible member with the fewest active tickets; ties go to the one idle longest (never
 * assigned counts as longest), then the lowest id. MANUAL, or nobody eligible: the ticket waits unassigned in
 * its team.</li>
 * </ol>
 */
final class AssignmentPolicy {

	private AssignmentPolicy() {
	}

	static Decision decide(Situation situation) {
		AccountManager manager = situation.accountManager();
		if (manager != null && manager.agent().ready()) {
			Long team = situation.teamId() != null && manager.teams().contains(situation.teamId()) ? situation.teamId()
					: manager.teams().stream().min(Comparator.naturalOrder()).orElse(null);
			return new Decision(team, manager.agent().staffId(), Reason.ACCOUNT_MANAGER);
		}
		if (situation.teamId() == null) {
			return new Decision(null, null, Reason.NO_TEAM);
		}
		if (situation.mode() == AssignmentMode.MANUAL) {
			return new Decision(situation.teamId(), null, Reason.MANUAL);
		}
		boolean teamUsesProducts = situation.members().stream().anyMatch(agent -> !agent.products().isEmpty());
		List<Agent> eligible = situation.members()
			.stream()
			.filter(agent -> eligible(agent, situation.needs(), teamUsesProducts))
			.sorted(Comparator.comparingLong(Agent::staffId))
			.toList();
		Optional<Agent> chosen = situation.mode() == AssignmentMode.ROUND_ROBIN
				? nextAfter(eligible, situation.lastChosen()) : leastLoaded(eligible);
		Reason reason = situation.mode() == AssignmentMode.ROUND_ROBIN ? Reason.ROUND_ROBIN : Reason.LEAST_LOADED;
		return chosen.map(agent -> new Decision(situation.teamId(), agent.staffId(), reason))
			.orElse(new Decision(situation.teamId(), null, Reason.NO_ELIGIBLE_AGENT));
	}

	static boolean eligible(Agent agent, Needs needs, boolean teamUsesProducts) {
		if (!agent.ready()) {
			return false;
		}
		if (needs.language() != null && !agent.languages().contains(needs.language())) {
			return false;
		}
		if (needs.vipCertified() && !agent.vipCertified()) {
			return false;
		}
		return !teamUsesProducts || needs.categoryPath().isEmpty()
				|| needs.categoryPath().stream().anyMatch(agent.products()::contains);
	}

	/** The skill a customer's language tag asks for: its primary language, lower case ({@code zh-CN} → {@code zh}). */
	static String languageSkill(String languageTag) {
		if (languageTag == null || languageTag.isBlank()) {
			return null;
		}
		String tag = languageTag.strip();
		int dash = tag.indexOf('-');
		return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
	}

	private static Optional<Agent> nextAfter(List<Agent> byId, Long lastChosen) {
		if (byId.isEmpty()) {
			return Optional.empty();
		}
		if (lastChosen != null) {
			for (Agent agent : byId) {
				if (agent.staffId() > lastChosen) {
					return Optional.of(agent);
				}
			}
		}
		return Optional.of(byId.get(0));
	}

	private static Optional<Agent> leastLoaded(List<Agent> eligible) {
		return eligible.stream()
			.min(Comparator.comparingInt(Agent::activeTickets)
				.thenComparing(Agent::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingLong(Agent::staffId));
	}

	/** A member of staff as routing sees them. */
	record Agent(long staffId, boolean enabled, Availability availability, int activeTickets, int capacity,
			Set<String> languages, Set<String> products, boolean vipCertified, Instant lastAssignedAt) {

		Agent {
			languages = Set.copyOf(languages);
			products = Set.copyOf(products);
		}

		boolean ready() {
			return enabled && availability == Availability.AVAILABLE && activeTickets < capacity;
		}

	}

	/**
	 * What the ticket asks of an agent: a language skill (null when the customer's language is unknown), VIP
	 * certification, and the codes of its category and the category's ancestors (empty without a category).
	 */
	record Needs(String language, boolean vipCertified, List<String> categoryPath) {

		Needs {
			categoryPath = List.copyOf(categoryPath);
		}

	}

	/** The customer's account manager, when the customer's tier routes to one, with the manager's team ids. */
	record AccountManager(Agent agent, List<Long> teams) {

		AccountManager {
			teams = List.copyOf(teams);
		}

	}

	/** Everything the rules look at. {@code members} are the team's; {@code lastChosen} the round-robin pointer. */
	record Situation(Long teamId, AssignmentMode mode, List<Agent> members, Long lastChosen, Needs needs,
			AccountManager accountManager) {

		Situation {
			members = List.copyOf(members);
		}

	}

	record Decision(Long teamId, Long assigneeId, Reason reason) {
	}

	/** Why a ticket went where it went; the code is written to the ticket's history. */
	enum Reason {

		ACCOUNT_MANAGER("account-manager"), ROUND_ROBIN("round-robin"), LEAST_LOADED("least-loaded"),
		MANUAL("manual"), NO_ELIGIBLE_AGENT("no-eligible-agent"), NO_TEAM("no-team");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		String code() {
			return code;
		}

	}

}

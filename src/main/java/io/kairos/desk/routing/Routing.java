package io.kairos.desk.routing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.customer.CustomerDirectory;
import io.kairos.customer.CustomerId;
import io.kairos.customer.CustomerSummary;
import io.kairos.desk.category.Categories;
import io.kairos.desk.category.Category;
import io.kairos.desk.team.AssignmentMode;
import io.kairos.desk.ticket.Ticket;

/**
 * Chooses the assignment of a new ticket: gathers the customer's tier, language and account manager, the
 * ticket's category and the team's members with their profiles and loads, and lets {@link AssignmentPolicy}
 * decide. A routed team's row is locked for the rest of the opening transaction, so concurrent tickets of one team
 * are routed one after the other: they see each other's loads and never take the same round-robin slot.
 */
@Component
public class Routing {

	private final JdbcClient jdbc;

	private final CustomerDirectory customers;

	private final Categories categories;

	private final RoutingProfiles profiles;

	private final RoutingSettings settings;

	private final TeamRoster roster;

	Routing(JdbcClient jdbc, CustomerDirectory customers, Categories categories, RoutingProfiles profiles,
			RoutingSettings settings, TeamRoster roster) {
		this.roster = roster;
		this.jdbc = jdbc;
		this.customers = customers;
		this.categories = categories;
		this.profiles = profiles;
		this.settings = settings;
	}

	@Transactional
	public Assignment route(Ticket ticket) {
		CustomerId customer = new CustomerId(ticket.customerId());
		String tier = ticket.customerTier();
		AssignmentPolicy.Needs needs = new AssignmentPolicy.Needs(
				AssignmentPolicy.languageSkill(customers.language(customer).orElse(null)),
				settings.needsVipCertified(tier), categoryPath(ticket.categoryId()));
		Long teamId = ticket.teamId();
		AssignmentMode mode = teamId == null ? null : roster.mode(teamId);
		List<AssignmentPolicy.Agent> members = List.of();
		Long lastChosen = null;
		if (mode != null && mode != AssignmentMode.MANUAL) {
			roster.lock(teamId);
			members = profiles.agents(roster.members(teamId));
			lastChosen = pointer(teamId);
		}
		AssignmentPolicy.Decision decision = AssignmentPolicy.decide(new AssignmentPolicy.Situation(teamId, mode,
				members, lastChosen, needs, accountManager(customer, tier)));
		if (decision.reason() == AssignmentPolicy.Reason.ROUND_ROBIN) {
			movePointer(teamId, decision.assigneeId());
		}
		return new Assignment(decision.teamId(), decision.assigneeId(), decision.reason().code());
	}

	private AssignmentPolicy.AccountManager accountManager(CustomerId customer, String tier) {
		if (!settings.routesToAccountManager(tier)) {
			return null;
		}
		Long managerId = customers.findSummary(customer).map(CustomerSummary::accountManagerId).orElse(null);
		if (managerId == null) {
			return null;
		}
		profiles.lock(managerId);
		return profiles.agents(List.of(managerId))
			.stream()
			.findFirst()
			.map(agent -> new AssignmentPolicy.AccountManager(agent, roster.teamsOf(managerId)))
			.orElse(null);
	}

	/** The codes of the category and its ancestors, the category first. */
	private List<String> categoryPath(Long categoryId) {
		List<String> path = new ArrayList<>();
		Long next = categoryId;
		while (next != null && path.size() < 10) {
			Category category = categories.byId(next).orElse(null);
			if (category == null) {
				break;
			}
			path.add(category.code());
			next = category.parentId();
		}
		return path;
	}

	private Long pointer(long teamId) {
		return jdbc.sql("select last_assignee_id from routing_team_state where team_id = :team")
			.param("team", teamId)
			.query((rs, n) -> rs.getObject(1, Long.class))
			.optional()
			.orElse(null);
	}

	/** Called with the team row locked, so the insert of a team's first pointer cannot race. */
	private void movePointer(long teamId, long assigneeId) {
		int updated = jdbc.sql("update routing_team_state set last_assignee_id = :staff where team_id = :team")
			.param("staff", assigneeId)
			.param("team", teamId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into routing_team_state (team_id, last_assignee_id) values (:team, :staff)")
				.param("team", teamId)
				.param("staff", assigneeId)
				.update();
		}
	}

}

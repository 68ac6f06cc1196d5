package io.kairos.desk.automation.rule;

import java.util.List;
import java.util.Locale;

/**
 * Evaluates conditions on a ticket's facts. A category condition also matches the category's sub-categories
 * ({@code billing} holds {@code billing.dispute}); tiers compare ignoring case; the subject test ignores case.
 */
public final class Conditions {

	private Conditions() {
	}

	public static boolean matches(Match match, List<Condition> conditions, TicketFacts ticket) {
		if (conditions == null || conditions.isEmpty()) {
			return true;
		}
		return match == Match.ANY ? conditions.stream().anyMatch(c -> holds(c, ticket))
				: conditions.stream().allMatch(c -> holds(c, ticket));
	}

	public static boolean holds(Condition condition, TicketFacts ticket) {
		String value = condition.value();
		return switch (condition.operator()) {
			case IS -> is(condition.field(), value, ticket);
			case IS_NOT -> !is(condition.field(), value, ticket);
			case CONTAINS -> contains(ticket.subject(), value);
			case NOT_CONTAINS -> !contains(ticket.subject(), value);
		};
	}

	private static boolean is(ConditionField field, String value, TicketFacts ticket) {
		return switch (field) {
			case CHANNEL -> ticket.channel() != null && ticket.channel().name().equals(value);
			case TYPE -> ticket.type() != null && ticket.type().name().equals(value);
			case PRIORITY -> ticket.priority() != null && ticket.priority().name().equals(value);
			case STATUS -> ticket.status() != null && ticket.status().name().equals(value);
			case CATEGORY -> ticket.category() != null
					&& (ticket.category().equals(value) || ticket.category().startsWith(value + "."));
			case TAG -> ticket.tags().contains(value);
			case CUSTOMER_TIER -> ticket.customerTier() != null && ticket.customerTier().equalsIgnoreCase(value);
			case SUBJECT -> ticket.subject() != null && ticket.subject().equalsIgnoreCase(value);
		};
	}

	private static boolean contains(String text, String fragment) {
		return text != null && fragment != null
				&& text.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
	}

}

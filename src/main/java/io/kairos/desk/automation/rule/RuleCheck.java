package io.kairos.desk.automation.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;
import io.kairos.desk.category.Categories;
import io.kairos.desk.team.Teams;
import io.kairos.shared.api.ProblemException;

/**
 * Checks the conditions and actions of a trigger or automation before they are saved, naming the field at fault
 * ({@code conditions[1].value}), so that a saved rule never fails for a reason its author could have fixed.
 */
@Component
public class RuleCheck {

	public static final int MAX_CONDITIONS = 20;

	public static final int MAX_ACTIONS = 10;

	private static final int MAX_NOTE = 2000;

	private final Teams teams;

	private final Categories categories;

	RuleCheck(Teams teams, Categories categories) {
		this.teams = teams;
		this.categories = categories;
	}

	public List<Condition> conditions(List<Condition> given) {
		List<Condition> checked = new ArrayList<>();
		if (given == null) {
			return checked;
		}
		if (given.size() > MAX_CONDITIONS) {
			throw ProblemException.invalid("conditions", "problem.rule.too-many", MAX_CONDITIONS);
		}
		for (int i = 0; i < given.size(); i++) {
			Condition condition = given.get(i);
			String at = "conditions[" + i + "]";
			if (condition == null || condition.field() == null) {
				throw ProblemException.invalid(at + ".field", "validation.required");
			}
			if (condition.operator() == null) {
				throw ProblemException.invalid(at + ".operator", "validation.required");
			}
			boolean text = condition.operator() == Operator.CONTAINS || condition.operator() == Operator.NOT_CONTAINS;
			if (text != (condition.field() == ConditionField.SUBJECT)) {
				throw ProblemException.invalid(at + ".operator", "problem.rule.operator");
			}
			String value = Texts.line(at + ".value", condition.value(), condition.field() == ConditionField.SUBJECT ? 200 : 64);
			switch (condition.field()) {
				case CHANNEL -> oneOf(at + ".value", value, TicketChannel.values());
				case TYPE -> oneOf(at + ".value", value, TicketType.values());
				case PRIORITY -> oneOf(at + ".value", value, TicketPriority.values());
				case STATUS -> oneOf(at + ".value", value, TicketStatus.values());
				case CATEGORY -> {
					if (categories.byCode(value).isEmpty()) {
						throw ProblemException.invalid(at + ".value", "problem.ticket.category.unknown", value);
					}
				}
				case TAG -> Texts.line(at + ".value", value, Texts.MAX_TAG);
				default -> {
				}
			}
			checked.add(new Condition(condition.field(), condition.operator(), value));
		}
		return checked;
	}

	/** Actions of a trigger ({@code timed} false) or an automation; reminders belong to automations only. */
	public List<RuleAction> actions(List<RuleAction> given, boolean timed) {
		if (given == null || given.isEmpty()) {
			throw ProblemException.invalid("actions", "problem.rule.no-actions");
		}
		if (given.size() > MAX_ACTIONS) {
			throw ProblemException.invalid("actions", "problem.rule.too-many", MAX_ACTIONS);
		}
		List<RuleAction> checked = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			RuleAction action = given.get(i);
			String at = "actions[" + i + "]";
			if (action == null || action.kind() == null) {
				throw ProblemException.invalid(at + ".kind", "validation.required");
			}
			String field = at + ".value";
			String value = switch (action.kind()) {
				case SET_PRIORITY -> oneOf(field, Texts.line(field, action.value(), 16), TicketPriority.values());
				case SET_STATUS -> oneOf(field, Texts.line(field, action.value(), 20), TicketStatus.values());
				case ADD_TAG -> Texts.line(field, action.value(), Texts.MAX_TAG);
				case ADD_NOTE -> Texts.text(field, action.value(), MAX_NOTE);
				case ASSIGN_TEAM -> team(field, action.value());
				case SEND_REMINDER -> {
					if (!timed) {
						throw ProblemException.invalid(at + ".kind", "problem.rule.reminder-timed-only");
					}
					yield null;
				}
			};
			checked.add(new RuleAction(action.kind(), value));
		}
		return checked;
	}

	private String team(String field, String value) {
		String id = Texts.line(field, value, 19);
		try {
			if (teams.find(Long.parseLong(id)).isPresent()) {
				return id;
			}
		}
		catch (NumberFormatException notANumber) {
			// refused below like an unknown team
		}
		throw ProblemException.invalid(field, "problem.ticket.team.unknown");
	}

	private static String oneOf(String field, String value, Enum<?>[] allowed) {
		if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
			throw ProblemException.invalid(field, "problem.rule.value",
					String.join(", ", Arrays.stream(allowed).map(Enum::name).toList()));
		}
		return value;
	}

}

package io.kairos.desk.automation.admin;

import java.util.Arrays;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.kairos.desk.automation.rule.ActionKind;
import io.kairos.desk.automation.rule.ConditionField;
import io.kairos.desk.automation.rule.Match;
import io.kairos.desk.automation.rule.Operator;
import io.kairos.desk.team.Teams;

/** The choices of the condition and action rows (fields, operators, actions, teams) for the rule forms. */
@Component
class RuleChoices {

	private final Teams teams;

	RuleChoices(Teams teams) {
		this.teams = teams;
	}

	void addTo(Model model, boolean timed) {
		model.addAttribute("fields", ConditionField.values());
		model.addAttribute("operators", Operator.values());
		model.addAttribute("matches", Match.values());
		model.addAttribute("actionKinds", Arrays.stream(ActionKind.values())
			.filter(kind -> timed || kind != ActionKind.SEND_REMINDER)
			.toList());
		model.addAttribute("teams", teams.all());
	}

}

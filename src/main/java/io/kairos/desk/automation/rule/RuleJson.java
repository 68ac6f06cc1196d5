package io.kairos.desk.automation.rule;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conditions and actions are stored as JSON text (portable between H2 and PostgreSQL; never queried in SQL). */
@Component
public class RuleJson {

	private final JsonMapper json;

	RuleJson(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return json.writeValueAsString(value);
	}

	public List<Condition> conditions(String text) {
		return json.readValue(text, new TypeReference<List<Condition>>() {
		});
	}

	public List<RuleAction> actions(String text) {
		return json.readValue(text, new TypeReference<List<RuleAction>>() {
		});
	}

}

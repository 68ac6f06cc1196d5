package io.kairos.voc.invitation;

import java.util.List;
import java.util.Map;

/** The fields of a survey form as last saved or sent, for showing the form again filled in. */
public record FilledForm(Map<String, List<String>> fields) {

	public FilledForm {
		fields = fields == null ? Map.of() : Map.copyOf(fields);
	}

	public String value(String name) {
		List<String> values = fields.get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	public boolean chosen(String name, Object value) {
		List<String> values = fields.get(name);
		return values != null && values.contains(String.valueOf(value));
	}

}

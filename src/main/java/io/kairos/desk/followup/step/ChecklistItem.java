package io.kairos.desk.followup.step;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** One item of a step's checklist; {@code categoryId} null for the default checklist. */
public record ChecklistItem(long id, Long categoryId, int step, int position, String textZh, String textEn,
		boolean required) {

	public String text(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? textZh : textEn;
	}

	static ChecklistItem map(ResultSet rs, int row) throws SQLException {
		return new ChecklistItem(rs.getLong("id"), (Long) rs.getObject("category_id"), rs.getInt("step"),
				rs.getInt("position"), rs.getString("text_zh"), rs.getString("text_en"), rs.getBoolean("required"));
	}

}

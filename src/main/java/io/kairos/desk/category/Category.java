package io.kairos.desk.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** A ticket category; {@code parentId} null for a top-level category. Names per language. */
public record Category(long id, Long parentId, String code, String nameZh, String nameEn, int position, boolean active) {

	public String name(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
	}

	static Category map(ResultSet rs, int row) throws SQLException {
		return new Category(rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getInt("position"), rs.getBoolean("active"));
	}

}

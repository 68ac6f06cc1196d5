package io.kairos.desk.category;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin-managed category tree of tickets; looked up by code from requests. */
@Service
public class Categories {

	private final JdbcClient jdbc;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Category> byCode(String code) {
		return jdbc.sql("select id, parent_id, code, name_zh, name_en, position, active from ticket_category where code = :code")
			.param("code", code)
			.query(Category::map)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Category> byId(long id) {
		return jdbc.sql("select id, parent_id, code, name_zh, name_en, position, active from ticket_category where id = :id")
			.param("id", id)
			.query(Category::map)
			.optional();
	}

	/** Every category, parents before their children, in their admin-set order. */
	@Transactional(readOnly = true)
	public List<Category> all() {
		return jdbc.sql("""
				select id, parent_id, code, name_zh, name_en, position, active from ticket_category
				order by coalesce(parent_id, id), case when parent_id is null then 0 else 1 end, position, id""")
			.query(Category::map)
			.list();
	}

}

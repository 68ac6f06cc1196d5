package io.kairos.desk.followup.step;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.ServiceStep;
import io.kairos.desk.category.Categories;
import io.kairos.desk.category.Category;
import io.kairos.identity.AuditLog;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The checklists of the seven steps (SPEC §2.2): each category may define the items of each step; a category
 * without items of its own for a step uses its parent's, and at the top the default checklist. Also reads which
 * items a ticket has ticked.
 */
@Service
public class ChecklistCatalog {

	static final int MAX_ITEMS = 20;

	static final int MAX_TEXT = 200;

	private static final String COLUMNS = "select id, category_id, step, position, text_zh, text_en, required from step_checklist_item";

	private final JdbcClient jdbc;

	private final Categories categories;

	private final AuditLog audit;

	private final Clock clock;

	ChecklistCatalog(JdbcClient jdbc, Categories categories, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.audit = audit;
		this.clock = clock;
	}

	/** The items that apply to a step of tickets in this category (null: no category). */
	@Transactional(readOnly = true)
	public List<ChecklistItem> applicable(Long categoryId, ServiceStep step) {
		Long scope = categoryId;
		Set<Long> seen = new java.util.HashSet<>();
		while (scope != null && seen.add(scope)) {
			List<ChecklistItem> own = own(scope, step);
			if (!own.isEmpty()) {
				return own;
			}
			scope = categories.byId(scope).map(Category::parentId).orElse(null);
		}
		return own(null, step);
	}

	/** The items of one scope (a category, or null for the default checklist) and step, without inheritance. */
	@Transactional(readOnly = true)
	public List<ChecklistItem> own(Long categoryId, ServiceStep step) {
		String scope = categoryId == null ? "category_id is null" : "category_id = :category";
		var query = jdbc.sql(COLUMNS + " where active = true and step = :step and " + scope + " order by position, id")
			.param("step", step.number());
		if (categoryId != null) {
			query = query.param("category", categoryId);
		}
		return query.query(ChecklistItem::map).list();
	}

	/** The items of a ticket's step with the ticket's ticks, in the reader's language. */
	@Transactional(readOnly = true)
	public List<ChecklistEntry> entries(long ticketId, Long categoryId, ServiceStep step, Locale locale) {
		Map<Long, Tick> ticks = new HashMap<>();
		jdbc.sql("select item_id, ticked_by, ticked_at from ticket_checklist_tick where ticket_id = :ticket")
			.param("ticket", ticketId)
			.query(rs -> {
				ticks.put(rs.getLong("item_id"),
						new Tick((Long) rs.getObject("ticked_by"), rs.getTimestamp("ticked_at").toInstant()));
			});
		List<ChecklistEntry> entries = new ArrayList<>();
		for (ChecklistItem item : applicable(categoryId, step)) {
			Tick tick = ticks.get(item.id());
			entries.add(new ChecklistEntry(item.id(), item.text(locale), item.required(), tick != null,
					tick == null ? null : tick.by(), tick == null ? null : tick.at()));
		}
		return entries;
	}

	/** Every step of a scope: its own items, and whether it inherits (has none of its own). */
	@Transactional(readOnly = true)
	public Map<ServiceStep, List<ChecklistItem>> definitions(Long categoryId) {
		Map<ServiceStep, List<ChecklistItem>> steps = new LinkedHashMap<>();
		for (ServiceStep step : ServiceStep.values()) {
			steps.put(step, own(categoryId, step));
		}
		return steps;
	}

	/**
	 * Replaces the items of a scope's step: items named by id are changed in place (their ticks stay), items
	 * without id are added, the others are retired. An empty list makes the step inherit again.
	 */
	@Transactional
	public List<ChecklistItem> replace(Long categoryId, ServiceStep step, List<ItemInput> items) {
		List<ItemInput> given = items == null ? List.of() : items;
		if (given.size() > MAX_ITEMS) {
			throw ProblemException.invalid("items", "problem.checklist.too-many", MAX_ITEMS);
		}
		Map<Long, ChecklistItem> current = own(categoryId, step).stream()
			.collect(Collectors.toMap(ChecklistItem::id, item -> item));
		for (int i = 0; i < given.size(); i++) {
			ItemInput input = given.get(i);
			text("items[" + i + "].textZh", input.textZh());
			text("items[" + i + "].textEn", input.textEn());
			if (input.id() != null && !current.containsKey(input.id())) {
				throw ProblemException.invalid("items[" + i + "].id", "problem.checklist.item.unknown");
			}
		}
		Instant now = clock.instant();
		Set<Long> kept = given.stream().map(ItemInput::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		current.keySet().stream().filter(id -> !kept.contains(id)).forEach(id -> jdbc
			.sql("update step_checklist_item set active = false where id = :id").param("id", id).update());
		for (int i = 0; i < given.size(); i++) {
			ItemInput input = given.get(i);
			boolean required = !Boolean.FALSE.equals(input.required());
			if (input.id() != null) {
				jdbc.sql("""
						update step_checklist_item set position = :position, text_zh = :zh, text_en = :en, required = :required
						where id = :id""")
					.param("position", i + 1)
					.param("zh", input.textZh().strip())
					.param("en", input.textEn().strip())
					.param("required", required)
					.param("id", input.id())
					.update();
			}
			else {
				jdbc.sql("""
						insert into step_checklist_item (category_id, step, position, text_zh, text_en, required, created_at)
						values (:category, :step, :position, :zh, :en, :required, :at)""")
					.param("category", categoryId)
					.param("step", step.number())
					.param("position", i + 1)
					.param("zh", input.textZh().strip())
					.param("en", input.textEn().strip())
					.param("required", required)
					.param("at", Timestamps.utc(now))
					.update();
			}
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("category", categoryId);
		detail.put("step", step.number());
		detail.put("items", given.size());
		audit.record("desk.checklist.replaced", "step_checklist", categoryId == null ? "default" : categoryId, detail);
		return own(categoryId, step);
	}

	private static void text(String field, String text) {
		if (text == null || text.isBlank()) {
			throw ProblemException.invalid(field, "validation.required");
		}
		if (text.strip().length() > MAX_TEXT) {
			throw ProblemException.invalid(field, "problem.checklist.text-too-long", MAX_TEXT);
		}
	}

	/** An item as an administrator sends it; {@code id} names an existing item of the same scope and step. */
	public record ItemInput(Long id, String textZh, String textEn, Boolean required) {
	}

	private record Tick(Long by, Instant at) {
	}

}

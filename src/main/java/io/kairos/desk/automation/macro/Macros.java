package io.kairos.desk.automation.macro;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.automation.rule.Texts;
import io.kairos.desk.conversation.Conversation;
import io.kairos.desk.conversation.MessageView;
import io.kairos.desk.conversation.NewMessage;
import io.kairos.desk.ticket.TicketChanges;
import io.kairos.desk.ticket.TicketHistory;
import io.kairos.desk.ticket.TicketView;
import io.kairos.desk.ticket.Tickets;
import io.kairos.desk.ticket.Viewer;
import io.kairos.identity.AuditLog;
import io.kairos.identity.StaffPrincipal;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Macros (SPEC §2.5): search, write, and apply to a ticket. Everyone sees the shared macros and their own; a
 * personal macro of someone else answers 404. Applying posts the rendered reply and makes the macro's changes
 * through the desk's own services in one transaction, so the ticket's history holds every step.
 */
@Service
public class Macros {

	static final int MAX_BODY = 4000;

	private static final int MAX_TAGS = 10;

	private static final String COLUMNS = """
			select id, name, body_zh, body_en, visibility, set_status, set_priority, add_tags, owner_id, version,
			updated_at from desk_macro""";

	private final JdbcClient jdbc;

	private final Tickets tickets;

	private final Conversation conversation;

	private final TicketHistory history;

	private final AuditLog audit;

	private final JsonMapper json;

	private final Clock clock;

	Macros(JdbcClient jdbc, Tickets tickets, Conversation conversation, TicketHistory history, AuditLog audit,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.tickets = tickets;
		this.conversation = conversation;
		this.history = history;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** Shared macros and the caller's own whose name or text contains {@code q} (ignoring case), by name. */
	@Transactional(readOnly = true)
	public List<MacroView> search(String q, long staffId) {
		String fragment = "%" + (q == null ? "" : q.strip().toLowerCase(Locale.ROOT))
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql(COLUMNS + """
				 where (owner_id is null or owner_id = :staff)
				 and (lower(name) like :q escape '\\' or lower(coalesce(body_zh, '')) like :q escape '\\'
				      or lower(coalesce(body_en, '')) like :q escape '\\')
				order by owner_id nulls first, name, id limit 200""")
			.param("staff", staffId)
			.param("q", fragment)
			.query(this::view)
			.list();
	}

	/** Every shared macro, for the admin page. */
	@Transactional(readOnly = true)
	public List<MacroView> shared() {
		return jdbc.sql(COLUMNS + " where owner_id is null order by name, id").query(this::view).list();
	}

	/** The macro if the caller may use it: shared, or their own. */
	@Transactional(readOnly = true)
	public MacroView find(long id, long staffId) {
		return jdbc.sql(COLUMNS + " where id = :id and (owner_id is null or owner_id = :staff)")
			.param("id", id)
			.param("staff", staffId)
			.query(this::view)
			.optional()
			.orElseThrow(() -> ProblemException.notFound("problem.macro.not-found"));
	}

	@Transactional
	public MacroView create(MacroCommand command, StaffPrincipal author) {
		Checked macro = check(command);
		boolean shared = Boolean.TRUE.equals(command.shared());
		mayWrite(shared, author);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into desk_macro (name, body_zh, body_en, visibility, set_status, set_priority, add_tags, owner_id,
				version, created_at, updated_at)
				values (:name, :zh, :en, :visibility, :status, :priority, :tags, :owner, 0, :now, :now)""")
			.params(columns(macro))
			.param("owner", shared ? null : author.id())
			.param("now", Timestamps.utc(now))
			.update(keys, "id");
		long id = Objects.requireNonNull(keys.getKey()).longValue();
		audit.record("macro.created", "macro", id, Map.of("name", macro.name(), "shared", shared));
		return find(id, author.id());
	}

	@Transactional
	public MacroView update(long id, long expectedVersion, MacroCommand command, StaffPrincipal author) {
		MacroView current = find(id, author.id());
		mayWrite(current.shared(), author);
		if (current.version() != expectedVersion) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		Checked macro = check(command);
		int updated = jdbc.sql("""
				update desk_macro set name = :name, body_zh = :zh, body_en = :en, visibility = :visibility,
				set_status = :status, set_priority = :priority, add_tags = :tags, version = version + 1, updated_at = :now
				where id = :id and version = :version""")
			.params(columns(macro))
			.param("now", Timestamps.utc(clock.instant()))
			.param("id", id)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		audit.record("macro.changed", "macro", id, Map.of("name", macro.name()));
		return find(id, author.id());
	}

	@Transactional
	public void delete(long id, StaffPrincipal author) {
		MacroView current = find(id, author.id());
		mayWrite(current.shared(), author);
		jdbc.sql("delete from desk_macro where id = :id").param("id", id).update();
		audit.record("macro.deleted", "macro", id, Map.of("name", current.name()));
	}

	/** The macro's text for the ticket in the language asked for, without changing anything. */
	@Transactional(readOnly = true)
	public RenderedMacro preview(long ticketId, long macroId, String language, StaffPrincipal agent, Viewer viewer) {
		TicketView ticket = tickets.find(ticketId, viewer);
		MacroView macro = find(macroId, agent.id());
		return new RenderedMacro(macro.id(), language(language), render(macro, ticket, agent, language),
				macro.visibility());
	}

	/**
	 * Posts the rendered reply (public or internal, as the macro says), then sets status, priority and tags, all in
	 * one transaction: a refused step (a closed ticket, a status move the rules forbid) undoes the whole macro.
	 */
	@Transactional
	public AppliedMacro apply(long ticketId, long macroId, String language, StaffPrincipal agent, Viewer viewer) {
		TicketView ticket = tickets.find(ticketId, viewer);
		MacroView macro = find(macroId, agent.id());
		String text = render(macro, ticket, agent, language);
		if (text.length() > 20000) {
			throw ProblemException.invalid("body", "problem.automation.too-long", 20000);
		}
		MessageView message = text.isBlank() ? null
				: conversation.post(ticketId, new NewMessage(text, macro.visibility(), AuthorKind.STAFF, null), List.of(),
						viewer);
		TicketView after = tickets.find(ticketId, viewer);
		Set<String> tags = new LinkedHashSet<>(after.tags());
		tags.addAll(macro.addTags());
		boolean retag = !tags.equals(after.tags());
		TicketPriority priority = macro.setPriority() != null && macro.setPriority() != after.priority()
				? macro.setPriority() : null;
		TicketStatus status = macro.setStatus() != null && macro.setStatus() != after.status() ? macro.setStatus() : null;
		if (retag || priority != null || status != null) {
			after = tickets.update(ticketId, after.version(), new TicketChanges(null, null, priority, null, status,
					retag ? new ArrayList<>(tags) : null, null, null), viewer);
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("macroId", macro.id());
		detail.put("name", macro.name());
		history.record(ticketId, viewer.staffId(), "macro.applied", detail, clock.instant());
		return new AppliedMacro(macro.id(), message, after);
	}

	private String render(MacroView macro, TicketView ticket, StaffPrincipal agent, String language) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("customer.name", ticket.customer().name());
		values.put("ticket.number", ticket.number());
		values.put("ticket.subject", ticket.subject());
		values.put("agent.name", agent.displayName());
		String body = macro.body(language(language));
		return body == null ? "" : MacroTemplate.render(body, values);
	}

	/** zh-CN or en: the one asked for, else the language of the current request. */
	static String language(String asked) {
		if (asked != null && !asked.isBlank()) {
			if (!asked.equals("zh-CN") && !asked.equals("en")) {
				throw ProblemException.invalid("locale", "validation.language");
			}
			return asked;
		}
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
	}

	private static void mayWrite(boolean shared, StaffPrincipal author) {
		if (shared && !author.hasPermission("desk.admin")) {
			throw ProblemException.forbidden("problem.macro.shared-forbidden");
		}
	}

	private Checked check(MacroCommand command) {
		String name = Texts.line("name", command.name(), 100);
		String zh = Texts.optionalText("bodyZh", command.bodyZh(), MAX_BODY);
		String en = Texts.optionalText("bodyEn", command.bodyEn(), MAX_BODY);
		if (zh == null && en == null) {
			throw ProblemException.invalid("bodyZh", "problem.macro.body-required");
		}
		refuseUnknownPlaceholders("bodyZh", zh);
		refuseUnknownPlaceholders("bodyEn", en);
		List<String> tags = Texts.tags("addTags", command.addTags(), MAX_TAGS);
		return new Checked(name, zh, en, Objects.requireNonNullElse(command.visibility(), MessageVisibility.PUBLIC),
				command.setStatus(), command.setPriority(), tags);
	}

	/** Refused at save time, so a reply never goes out with a placeholder nobody fills. */
	private static void refuseUnknownPlaceholders(String field, String body) {
		Set<String> unknown = MacroTemplate.unknown(body);
		if (!unknown.isEmpty()) {
			throw ProblemException.invalid(field, "problem.macro.placeholder", "{{" + unknown.iterator().next() + "}}",
					String.join(", ", MacroTemplate.PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList()));
		}
	}

	private Map<String, Object> columns(Checked macro) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("name", macro.name());
		columns.put("zh", macro.bodyZh());
		columns.put("en", macro.bodyEn());
		columns.put("visibility", macro.visibility().name());
		columns.put("status", macro.setStatus() == null ? null : macro.setStatus().name());
		columns.put("priority", macro.setPriority() == null ? null : macro.setPriority().name());
		columns.put("tags", json.writeValueAsString(macro.tags()));
		return columns;
	}

	private MacroView view(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("set_status");
		String priority = rs.getString("set_priority");
		Long owner = (Long) rs.getObject("owner_id", Long.class);
		return new MacroView(rs.getLong("id"), rs.getString("name"), rs.getString("body_zh"), rs.getString("body_en"),
				MessageVisibility.valueOf(rs.getString("visibility")), status == null ? null : TicketStatus.valueOf(status),
				priority == null ? null : TicketPriority.valueOf(priority),
				json.readValue(rs.getString("add_tags"), new TypeReference<List<String>>() {
				}), owner == null, owner, rs.getLong("version"),
				Timestamps.instant(rs.getObject("updated_at", java.time.OffsetDateTime.class)));
	}

	private record Checked(String name, String bodyZh, String bodyEn, MessageVisibility visibility,
			TicketStatus setStatus, TicketPriority setPriority, List<String> tags) {
	}

	/** A macro's text rendered for one ticket, in the language it was rendered in. */
	public record RenderedMacro(long macroId, String locale, String text, MessageVisibility visibility) {
	}

	/** What applying a macro did: the message posted (null when the macro has no text) and the ticket after it. */
	public record AppliedMacro(long macroId, MessageView message, TicketView ticket) {
	}

}

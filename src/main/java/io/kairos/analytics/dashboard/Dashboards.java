package io.kairos.analytics.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiRecords.Counted;
import io.kairos.analytics.KpiValue;
import io.kairos.analytics.Kpis;
import io.kairos.desk.TeamDirectory;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;

/**
 * Computes a role's dashboard for a viewer and filter from the KPI facade ({@link Kpis}, which reads the roll-ups):
 * headline figures against their targets and tables of the same KPIs by day, team, channel, tier or agent. Every
 * count in a table links to the drill-down of exactly the tickets it counts ({@link Counted}, the same counters);
 * a rate links to the tickets it is computed over.
 * <ul>
 * <li>agent: my KPIs beside my team's, my open tickets by age;</li>
 * <li>supervisor: today's KPIs against target, team queues by age, SLA outcomes per team, agents' load;</li>
 * <li>manager: every KPI, the trend by day (by week beyond 62 days), teams, channel mix and tier mix.</li>
 * </ul>
 */
@Service
public class Dashboards {

	/** Beyond this many days a trend is drawn per week, so a quarter stays readable. */
	static final int DAILY_TREND_DAYS = 62;

	static final String DRILL = "/analytics/drill";

	private static final Set<Kpi> SUPERVISOR_FIGURES = EnumSet.of(Kpi.VOLUME, Kpi.RESOLVED, Kpi.FCR,
			Kpi.FIRST_RESPONSE_MEDIAN, Kpi.SLA_FIRST_RESPONSE, Kpi.SLA_RESOLUTION, Kpi.CALLBACK_COMPLETION,
			Kpi.PROMISE_KEPT, Kpi.BACKLOG);

	private static final Set<Kpi> AGENT_FIGURES = EnumSet.of(Kpi.RESOLVED, Kpi.FCR, Kpi.FIRST_RESPONSE_MEDIAN,
			Kpi.RESOLUTION_MEAN, Kpi.SLA_RESOLUTION, Kpi.REOPEN_RATE, Kpi.PROMISE_KEPT, Kpi.BACKLOG);

	private final Kpis kpis;

	private final TeamDirectory teams;

	private final StaffDirectory staff;

	private final MessageSource messages;

	Dashboards(Kpis kpis, TeamDirectory teams, StaffDirectory staff, MessageSource messages) {
		this.kpis = kpis;
		this.teams = teams;
		this.staff = staff;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public DashboardView view(DashboardKind kind, DashboardFilter filter, Viewer viewer) {
		Text text = new Text(messages, viewer.locale());
		return switch (kind) {
			case MANAGER -> manager(filter, text);
			case SUPERVISOR -> supervisor(filter, text);
			case AGENT -> agent(filter, viewer, text);
		};
	}

	private DashboardView manager(DashboardFilter filter, Text text) {
		KpiQuery query = query(filter, null);
		List<Figure> figures = figures(kpis.compute(query), filter, null, EnumSet.allOf(Kpi.class), text);
		List<DashboardSection> sections = new ArrayList<>();
		sections.add(trend(filter, text));
		sections.add(byTeam(filter, text));
		sections.add(mix("channels", GroupBy.CHANNEL, filter, text, code -> text.or("desk.channel." + code, code),
				DashboardFilter::withChannel, Kpi.COMPLAINT_SHARE));
		sections.add(mix("tiers", GroupBy.TIER, filter, text, code -> text.or("customer.tier." + code, code),
				DashboardFilter::withTier, Kpi.COMPLAINT_RATE));
		return new DashboardView(DashboardKind.MANAGER, filter, figures, sections);
	}

	private DashboardView supervisor(DashboardFilter filter, Text text) {
		List<Figure> figures = figures(kpis.compute(query(filter, null)), filter, null, SUPERVISOR_FIGURES, text);
		List<DashboardSection> sections = new ArrayList<>();
		sections.add(queues(filter, text));
		sections.add(slaByTeam(filter, text));
		sections.add(agentsLoad(filter, text));
		return new DashboardView(DashboardKind.SUPERVISOR, filter, figures, sections);
	}

	private DashboardView agent(DashboardFilter filter, Viewer viewer, Text text) {
		long me = viewer.staffId();
		Long team = filter.team() != null ? filter.team()
				: teams.of(me).stream().map(TeamDirectory.Team::id).findFirst().orElse(null);
		DashboardFilter teamFilter = filter.withTeam(team);
		List<KpiValue> mine = kpis.compute(query(filter, me));
		List<KpiValue> ours = kpis.compute(query(teamFilter, null));
		List<Figure> figures = figures(mine, filter, me, AGENT_FIGURES, text);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		for (Kpi kpi : AGENT_FIGURES) {
			KpiValue my = first(mine, kpi);
			KpiValue our = first(ours, kpi);
			rows.add(java.util.Arrays.asList(text.kpi(kpi), number(my), number(our), target(my, text), status(my, text)));
			links.add(java.util.Arrays.asList(null, link(Counted.of(kpi), filter, me), link(Counted.of(kpi), teamFilter, null),
					null, null));
		}
		DashboardTable versus = new DashboardTable("me-vs-team", text.get("analytics.dashboard.table.me-vs-team"),
				List.of(text.get("analytics.dashboard.column.kpi"), text.get("analytics.dashboard.column.mine"),
						text.get("analytics.dashboard.column.team"), text.get("analytics.dashboard.column.target"),
						text.get("analytics.dashboard.column.status")),
				rows);
		List<DashboardSection> sections = new ArrayList<>();
		sections.add(new DashboardSection(versus, "bar", links));
		sections.add(ages("my-queue", text.get("analytics.dashboard.table.my-queue"), mine, filter, me, text));
		return new DashboardView(DashboardKind.AGENT, filter, figures, sections);
	}

	/** Volume, resolved, FCR, SLA resolution and complaint share per day (or week). */
	private DashboardSection trend(DashboardFilter filter, Text text) {
		boolean weekly = ChronoUnit.DAYS.between(filter.from(), filter.to()) >= DAILY_TREND_DAYS;
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(weekly ? GroupBy.WEEK
				: GroupBy.DAY)));
		List<Kpi> columns = List.of(Kpi.VOLUME, Kpi.RESOLVED, Kpi.FCR, Kpi.SLA_RESOLUTION, Kpi.COMPLAINT_SHARE);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			if ("now".equals(group)) {
				return;
			}
			LocalDate start = LocalDate.parse(group);
			LocalDate end = weekly ? start.plusDays(6) : start;
			DashboardFilter day = filter.withPeriod(start.isBefore(filter.from()) ? filter.from() : start,
					end.isAfter(filter.to()) ? filter.to() : end);
			row(rows, links, group, values, columns, day, null);
		});
		return new DashboardSection(table("trend", weekly ? "analytics.dashboard.table.trend-weekly"
				: "analytics.dashboard.table.trend", weekly ? "analytics.dashboard.column.week"
						: "analytics.dashboard.column.day", columns, rows, text), "line", links);
	}

	/** Per team: volume, resolved, FCR, SLA resolution with its breaches, backlog now. */
	private DashboardSection byTeam(DashboardFilter filter, Text text) {
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(GroupBy.TEAM)));
		Map<Long, String> names = teamNames(text);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			DashboardFilter team = filter.withTeam(Long.valueOf(group));
			List<Object> row = new ArrayList<>();
			List<String> rowLinks = new ArrayList<>();
			row.add(names.getOrDefault(Long.valueOf(group), group));
			rowLinks.add(null);
			for (Kpi kpi : List.of(Kpi.VOLUME, Kpi.RESOLVED, Kpi.FCR, Kpi.SLA_RESOLUTION)) {
				row.add(number(first(values, kpi)));
				rowLinks.add(link(Counted.of(kpi), team, null));
			}
			row.add(breaches(first(values, Kpi.SLA_RESOLUTION)));
			rowLinks.add(link(Optional.of(Counted.RES_SLA_BREACHED), team, null));
			row.add(number(first(values, Kpi.BACKLOG)));
			rowLinks.add(link(Optional.of(Counted.BACKLOG), team, null));
			rows.add(row);
			links.add(rowLinks);
		});
		DashboardTable table = new DashboardTable("teams", text.get("analytics.dashboard.table.teams"),
				List.of(text.get("analytics.dashboard.column.team"), text.kpi(Kpi.VOLUME), text.kpi(Kpi.RESOLVED),
						text.kpi(Kpi.FCR), text.kpi(Kpi.SLA_RESOLUTION),
						text.get("analytics.dashboard.column.sla-breaches"), text.kpi(Kpi.BACKLOG)),
				rows);
		return new DashboardSection(table, "bar", links);
	}

	/** Volume and resolved per channel or tier, with one more KPI, charted as the mix of volume. */
	private DashboardSection mix(String id, GroupBy by, DashboardFilter filter, Text text, Function<String, String> label,
			java.util.function.BiFunction<DashboardFilter, String, DashboardFilter> narrow, Kpi extra) {
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(by)));
		List<Kpi> columns = List.of(Kpi.VOLUME, Kpi.RESOLVED, extra);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			if (first(values, Kpi.VOLUME) == null && first(values, Kpi.RESOLVED) == null) {
				return;
			}
			row(rows, links, label.apply(group), values, columns, narrow.apply(filter, group), null);
		});
		return new DashboardSection(table(id, "analytics.dashboard.table." + id,
				"analytics.dashboard.column." + (by == GroupBy.CHANNEL ? "channel" : "tier"), columns, rows, text), "pie",
				links);
	}

	/** Team queues now: open tickets per team by age. */
	private DashboardSection queues(DashboardFilter filter, Text text) {
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(GroupBy.TEAM)));
		Map<Long, String> names = teamNames(text);
		List<Kpi> columns = List.of(Kpi.BACKLOG, Kpi.BACKLOG_AGE_UNDER_1D, Kpi.BACKLOG_AGE_1D_3D, Kpi.BACKLOG_AGE_3D_7D,
				Kpi.BACKLOG_AGE_OVER_7D);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			if (first(values, Kpi.BACKLOG) != null) {
				row(rows, links, names.getOrDefault(Long.valueOf(group), group), values, columns,
						filter.withTeam(Long.valueOf(group)), null);
			}
		});
		return new DashboardSection(table("queues", "analytics.dashboard.table.queues",
				"analytics.dashboard.column.team", columns, rows, text), "bar", links);
	}

	/** SLA outcomes per team in the period: judged and breached, first response and resolution. */
	private DashboardSection slaByTeam(DashboardFilter filter, Text text) {
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(GroupBy.TEAM)));
		Map<Long, String> names = teamNames(text);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			DashboardFilter team = filter.withTeam(Long.valueOf(group));
			KpiValue first = first(values, Kpi.SLA_FIRST_RESPONSE);
			KpiValue resolution = first(values, Kpi.SLA_RESOLUTION);
			List<Object> row = new ArrayList<>();
			row.add(names.getOrDefault(Long.valueOf(group), group));
			row.add(number(first));
			row.add(breaches(first));
			row.add(number(resolution));
			row.add(breaches(resolution));
			rows.add(row);
			links.add(java.util.Arrays.asList(null, link(Optional.of(Counted.FRT_SLA_JUDGED), team, null),
					link(Optional.of(Counted.FRT_SLA_BREACHED), team, null),
					link(Optional.of(Counted.RES_SLA_JUDGED), team, null),
					link(Optional.of(Counted.RES_SLA_BREACHED), team, null)));
		});
		DashboardTable table = new DashboardTable("sla", text.get("analytics.dashboard.table.sla"),
				List.of(text.get("analytics.dashboard.column.team"), text.kpi(Kpi.SLA_FIRST_RESPONSE),
						text.get("analytics.dashboard.column.frt-breaches"), text.kpi(Kpi.SLA_RESOLUTION),
						text.get("analytics.dashboard.column.sla-breaches")),
				rows);
		return new DashboardSection(table, "bar", links);
	}

	/** Per agent: open tickets now, resolved, FCR and mean resolution time in the period. */
	private DashboardSection agentsLoad(DashboardFilter filter, Text text) {
		Map<String, List<KpiValue>> groups = grouped(kpis.compute(query(filter, null).groupedBy(GroupBy.AGENT)));
		List<Kpi> columns = List.of(Kpi.BACKLOG, Kpi.RESOLVED, Kpi.FCR, Kpi.RESOLUTION_MEAN);
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		groups.forEach((group, values) -> {
			long agent = Long.parseLong(group);
			String name = agent == 0 ? text.get("analytics.dashboard.unassigned")
					: staff.find(agent).map(StaffMember::displayName).orElse(group);
			row(rows, links, name, values, columns, filter, agent);
		});
		return new DashboardSection(table("agents", "analytics.dashboard.table.agents",
				"analytics.dashboard.column.agent", columns, rows, text), "bar", links);
	}

	private DashboardSection ages(String id, String title, List<KpiValue> values, DashboardFilter filter, Long agent,
			Text text) {
		List<List<Object>> rows = new ArrayList<>();
		List<List<String>> links = new ArrayList<>();
		for (Kpi kpi : List.of(Kpi.BACKLOG_AGE_UNDER_1D, Kpi.BACKLOG_AGE_1D_3D, Kpi.BACKLOG_AGE_3D_7D,
				Kpi.BACKLOG_AGE_OVER_7D)) {
			KpiValue value = first(values, kpi);
			rows.add(java.util.Arrays.asList(text.kpi(kpi), value == null ? 0L : number(value)));
			links.add(java.util.Arrays.asList(null, link(Counted.of(kpi), filter, agent)));
		}
		DashboardTable table = new DashboardTable(id, title,
				List.of(text.get("analytics.dashboard.column.age"), text.kpi(Kpi.BACKLOG)), rows);
		return new DashboardSection(table, "pie", links);
	}

	private void row(List<List<Object>> rows, List<List<String>> links, String label, List<KpiValue> values,
			List<Kpi> columns, DashboardFilter narrowed, Long agent) {
		List<Object> row = new ArrayList<>();
		List<String> rowLinks = new ArrayList<>();
		row.add(label);
		rowLinks.add(null);
		for (Kpi kpi : columns) {
			row.add(number(first(values, kpi)));
			rowLinks.add(link(Counted.of(kpi), narrowed, agent));
		}
		rows.add(row);
		links.add(rowLinks);
	}

	private static DashboardTable table(String id, String titleKey, String firstColumnKey, List<Kpi> columns,
			List<List<Object>> rows, Text text) {
		List<String> headers = new ArrayList<>();
		headers.add(text.get(firstColumnKey));
		columns.forEach(kpi -> headers.add(text.kpi(kpi)));
		return new DashboardTable(id, text.get(titleKey), headers, rows);
	}

	private List<Figure> figures(List<KpiValue> values, DashboardFilter filter, Long agent, Set<Kpi> shown, Text text) {
		List<Figure> figures = new ArrayList<>();
		for (KpiValue value : values) {
			if (shown.contains(value.kpi()) && figures.stream().noneMatch(f -> f.kpi().equals(value.code()))) {
				figures.add(new Figure(value.code(), text.kpi(value.kpi()), text.format(value),
						value.target() == null ? null : text.format(value.kpi(), value.target()),
						value.status() == null ? null : value.status().name(),
						link(Counted.of(value.kpi()), filter, agent)));
			}
		}
		return figures;
	}

	static KpiQuery query(DashboardFilter filter, Long agent) {
		return new KpiQuery(filter.from(), filter.to(), GroupBy.NONE, filter.team(), filter.channel(), filter.tier(),
				filter.type(), agent);
	}

	/** The drill-down address of a counter under a filter, or null for a figure without tickets behind it. */
	static String link(Optional<Counted> counted, DashboardFilter filter, Long agent) {
		if (counted.isEmpty()) {
			return null;
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(DRILL).queryParam("counted", counted.get().code());
		filter.parameters().forEach(uri::queryParam);
		if (agent != null) {
			uri.queryParam("agent", agent);
		}
		return uri.encode().toUriString();
	}

	private Map<Long, String> teamNames(Text text) {
		Map<Long, String> names = new LinkedHashMap<>();
		names.put(0L, text.get("analytics.dashboard.no-team"));
		teams.all().forEach(team -> names.put(team.id(), team.name()));
		return names;
	}

	private static Map<String, List<KpiValue>> grouped(List<KpiValue> values) {
		Map<String, List<KpiValue>> groups = new LinkedHashMap<>();
		values.forEach(value -> groups.computeIfAbsent(value.group(), key -> new ArrayList<>()).add(value));
		return groups;
	}

	private static KpiValue first(List<KpiValue> values, Kpi kpi) {
		return values.stream().filter(value -> value.kpi() == kpi).findFirst().orElse(null);
	}

	/** A table cell: counts as whole numbers, the rest rounded to one decimal; null where nothing was measured. */
	static Object number(KpiValue value) {
		if (value == null || value.value() == null) {
			return null;
		}
		if (value.unit() == Kpi.Unit.COUNT) {
			return value.value().longValue();
		}
		return value.value().setScale(1, RoundingMode.HALF_UP);
	}

	/** How many judged SLA outcomes were missed: the rate's denominator minus its numerator. */
	static Object breaches(KpiValue value) {
		if (value == null || value.denominator() == null) {
			return 0L;
		}
		BigDecimal met = value.numerator() == null ? BigDecimal.ZERO : value.numerator();
		return value.denominator().subtract(met).longValue();
	}

	private static String target(KpiValue value, Text text) {
		return value == null || value.target() == null ? "" : text.format(value.kpi(), value.target());
	}

	private static String status(KpiValue value, Text text) {
		return value == null || value.status() == null ? ""
				: text.get("analytics.dashboard.status." + value.status().name());
	}

	/** Texts in the viewer's language. */
	record Text(MessageSource messages, Locale locale) {

		String get(String key) {
			return messages.getMessage(key, null, key, locale);
		}

		String or(String key, String fallback) {
			return messages.getMessage(key, null, fallback, locale);
		}

		String kpi(Kpi kpi) {
			return get("analytics.dashboard.kpi." + kpi.code());
		}

		String format(KpiValue value) {
			return value.value() == null ? "–" : format(value.kpi(), value.value());
		}

		String format(Kpi kpi, BigDecimal number) {
			String plain = kpi.unit() == Kpi.Unit.COUNT ? number.setScale(0, RoundingMode.HALF_UP).toPlainString()
					: number.setScale(1, RoundingMode.HALF_UP).toPlainString();
			return messages.getMessage("analytics.dashboard.unit." + kpi.unit().name(), new Object[] { plain }, plain,
					locale);
		}

	}

}

package io.kairos.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenarios S1–S7 with their baselines, against the generated database (S1–S5), a database of its own with
 * 100 k tickets falling due at once (S6) and the embedded default in an empty directory (S7).
 */
final class Scenarios {

	static final int[] S1_CONCURRENCY = { 1, 4, 16, 64 };

	static final int READ_CONCURRENCY = 8;

	private static final Pattern CUSTOMER_ID = Pattern.compile("\"customer\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

	private final BenchConfig config;

	private final Report report;

	Scenarios(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void runAll() throws Exception {
		if (config.runs("S7")) {
			s7();
		}
		if (config.runs("S1") || config.runs("S2") || config.runs("S3") || config.runs("S4") || config.runs("S5")) {
			onGeneratedData();
		}
		if (config.runs("S6")) {
			s6();
		}
	}

	/** The arguments that point the application at a bench database with the postgres profile. */
	private List<String> postgres(String database, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + config.jdbcUrl(database), "--spring.datasource.username=" + config.user(),
				"--spring.datasource.password=" + config.password(), "--kairos.demo-data.enabled=false",
				"--kairos.desk.attachments-dir=" + Path.of("target", "bench", "attachments").toAbsolutePath()));
		args.addAll(List.of(more));
		return args;
	}

	private void onGeneratedData() throws Exception {
		long customers;
		long tickets;
		try (Connection connection = connect(config.database()); Statement statement = connection.createStatement()) {
			customers = count(statement, "select count(*) from customer");
			tickets = count(statement, "select max(id) from ticket");
		}
		// The SLA scan is S6's subject, measured on its own; here it would compete with the requests measured, and
		// so would the hourly timed automations, which act on a million tickets when their minute comes.
		try (AppProcess app = AppProcess.start(config, "app-postgres", Path.of("target", "bench", "app"), config.appJvmOptions(),
				postgres(config.database(), "--kairos.sla.scan-initial-delay=PT24H", "--kairos.desk.automation-cron=-"))) {
			Api api = new Api(config.appPort(), Load.executor());
			app.awaitHealthy(api, Duration.ofMinutes(3));
			report.note(String.format("Application (postgres profile, %,d customers, %,d tickets) healthy after %.1f s",
					customers, tickets, app.timeToHealthy().toMillis() / 1000.0));
			String agent = api.token("bench-agent-1", DataGenerator.PASSWORD);
			String supervisor = api.token("bench-supervisor", DataGenerator.PASSWORD);
			String manager = api.token("bench-manager", DataGenerator.PASSWORD);
			String admin = api.token("bench-admin", DataGenerator.PASSWORD);
			rebuildRollUps(api, admin);
			rebuildVocRollUp(api, admin);
			if (config.runs("S1")) {
				s1(api, agent, customers);
			}
			if (config.runs("S2")) {
				s2(api, agent);
			}
			if (config.runs("S3")) {
				s3(api, supervisor, tickets);
			}
			if (config.runs("S4")) {
				s4(api, manager);
			}
			if (config.runs("S5")) {
				s5(api, manager);
			}
		}
	}

	/** The analytics module's roll-ups rebuilt from the generated tickets (once that module is on main); timed. */
	private void rebuildRollUps(Api api, String admin) throws IOException, InterruptedException {
		if (api.status("/api/v1/kpis", admin) == 404) {
			report.todo("roll-ups not rebuilt: POST /api/v1/analytics/rebuild is not on main yet");
			return;
		}
		if (!Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"))) {
			report.note("Roll-ups not rebuilt (-Dbench.rebuild=false): S4 reads the roll-ups as they are");
			return;
		}
		long start = System.nanoTime();
		api.postLong("/api/v1/analytics/rebuild", admin, 200);
		report.generatorStep("roll-ups rebuilt (POST /api/v1/analytics/rebuild)", Duration.ofNanos(System.nanoTime() - start));
		// What autovacuum does within minutes of such a write in a running system; the reads measured next would
		// otherwise pay for setting hint bits on a million freshly written rows.
		start = System.nanoTime();
		try (Connection connection = connect(config.database()); Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze " + String.join(", ", ANALYTICS_TABLES));
		}
		catch (java.sql.SQLException failed) {
			throw new IOException(failed);
		}
		report.generatorStep("roll-ups vacuumed and analyzed", Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * The VoC module's NPS day roll-up counted from the generated responses, which COPY wrote past the application;
	 * timed, then vacuumed like the analytics roll-ups.
	 */
	private void rebuildVocRollUp(Api api, String admin) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> rebuilt = api.postLong("/api/v1/voc/rebuild", admin, 200);
		report.generatorStep("VoC roll-up rebuilt (POST /api/v1/voc/rebuild: " + rebuilt.body() + ")",
				Duration.ofNanos(System.nanoTime() - start));
		start = System.nanoTime();
		try (Connection connection = connect(config.database()); Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze survey_nps_daily");
		}
		catch (java.sql.SQLException failed) {
			throw new IOException(failed);
		}
		report.generatorStep("VoC roll-up vacuumed and analyzed", Duration.ofNanos(System.nanoTime() - start));
	}

	private static final List<String> ANALYTICS_TABLES = List.of("analytics_ticket_fact", "analytics_daily",
			"analytics_agent_daily", "analytics_category_daily", "analytics_day_total", "analytics_survey_daily",
			"analytics_survey_day_total", "analytics_mot_daily", "analytics_mot_day_total", "analytics_feedback_seen");

	// S1: ticket creation through the API against single-row JDBC transactions writing the same rows.

	private void s1(Api api, String token, long customers) throws Exception {
		for (int concurrency : S1_CONCURRENCY) {
			Load.Result kairos = Load.run("S1 POST /api/v1/tickets", concurrency, config.warmup(), config.duration(),
					config.maxRequests(), (worker, sequence) -> {
						SplittableRandom random = new SplittableRandom(config.seed() + sequence);
						String body = newTicket(random, customers);
						api.post("/api/v1/tickets", token, body, UUID.randomUUID().toString(), 201);
					});
			System.out.println("[bench] " + kairos);
			Load.Result jdbc = s1Baseline(concurrency, customers);
			System.out.println("[bench] " + jdbc);
			boolean target = concurrency == 16;
			String verdict = !target ? "" : verdict(kairos.throughput() >= 800 && kairos.percentileMillis(99) <= 50
					&& kairos.errors() == 0 && kairos.throughput() >= 0.3 * jdbc.throughput(),
					String.format("%.0f/s, p99 %s, %d errors, %.0f%% of JDBC", kairos.throughput(),
							Report.ms(kairos.percentileMillis(99)), kairos.errors(), 100 * kairos.throughput() / jdbc.throughput()));
			report.row(new Report.Row("S1 create ticket", "tickets/s at c=" + concurrency,
					String.format("%,.0f/s (p50 %s, p95 %s, p99 %s, errors %d)", kairos.throughput(),
							Report.ms(kairos.percentileMillis(50)), Report.ms(kairos.percentileMillis(95)),
							Report.ms(kairos.percentileMillis(99)), kairos.errors()),
					String.format("%,.0f/s (p99 %s)", jdbc.throughput(), Report.ms(jdbc.percentileMillis(99))),
					Report.ratio(kairos.throughput(), jdbc.throughput()),
					target ? "≥ 800/s, p99 ≤ 50 ms, 0 errors, ≥ 30% of JDBC" : "", verdict));
		}
	}

	static String newTicket(SplittableRandom random, long customers) {
		return ticketFor(random, 1 + random.nextLong(customers));
	}

	/** A new ticket for one of the given customers (a database whose customer ids have gaps). */
	static String newTicket(SplittableRandom random, long[] customerIds) {
		return ticketFor(random, customerIds[random.nextInt(customerIds.length)]);
	}

	private static String ticketFor(SplittableRandom random, long customerId) {
		String[] topic = BenchData.TOPICS[random.nextInt(BenchData.TOPICS.length)];
		return "{\"customerId\":" + customerId + ",\"channel\":\"API\",\"type\":\""
				+ BenchData.pick(random, BenchData.TYPES) + "\",\"priority\":\"" + BenchData.pick(random, BenchData.PRIORITIES)
				+ "\",\"category\":\"" + topic[0] + "\",\"subject\":\"" + topic[1] + "\",\"description\":\"" + topic[2] + "\"}";
	}

	/** What the API writes at least for a new ticket: its id, its row and its "created" history row, in one commit. */
	private Load.Result s1Baseline(int concurrency, long customers) throws Exception {
		Connection[] connections = new Connection[concurrency];
		try {
			for (int i = 0; i < concurrency; i++) {
				connections[i] = connect(config.database());
				connections[i].setAutoCommit(false);
			}
			return Load.run("S1 baseline JDBC", concurrency, config.warmup(), config.duration(), config.maxRequests(),
					(worker, sequence) -> {
						Connection connection = connections[worker];
						SplittableRandom random = new SplittableRandom(config.seed() + sequence);
						String[] topic = BenchData.TOPICS[random.nextInt(BenchData.TOPICS.length)];
						OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
						long id;
						try (Statement statement = connection.createStatement();
								ResultSet rs = statement.executeQuery("select nextval('ticket_seq')")) {
							rs.next();
							id = rs.getLong(1);
						}
						try (PreparedStatement insert = connection.prepareStatement("""
								insert into ticket (id, number, customer_id, channel, type, priority, subject, description,
								  status, step, step_started_at, restricted, customer_tier, contact_count, sla_policy_id,
								  first_response_due, resolution_due, created_at, updated_at, version)
								values (?, ?, ?, 'API', ?, ?, ?, ?, 'NEW', 1, ?, false, 'REGULAR', 1, null, ?, ?, ?, ?, 0)""")) {
							insert.setLong(1, id);
							insert.setString(2, "B" + id);
							insert.setLong(3, 1 + random.nextLong(customers));
							insert.setString(4, BenchData.pick(random, BenchData.TYPES));
							insert.setString(5, BenchData.pick(random, BenchData.PRIORITIES));
							insert.setString(6, topic[1]);
							insert.setString(7, topic[2]);
							insert.setObject(8, now);
							insert.setObject(9, now.plusHours(4));
							insert.setObject(10, now.plusHours(40));
							insert.setObject(11, now);
							insert.setObject(12, now);
							insert.executeUpdate();
						}
						try (PreparedStatement history = connection.prepareStatement(
								"insert into ticket_history (ticket_id, actor_id, action, detail, at) values (?, null, 'ticket.created', ?, ?)")) {
							history.setLong(1, id);
							history.setString(2, "{\"channel\":\"API\"}");
							history.setObject(3, now);
							history.executeUpdate();
						}
						connection.commit();
					});
		}
		finally {
			for (Connection connection : connections) {
				if (connection != null) {
					connection.close();
				}
			}
		}
	}

	// S2: the agent's queue page against the same SQL over JDBC.

	private void s2(Api api, String token) throws Exception {
		long agentId;
		long team;
		try (Connection connection = connect(config.database()); Statement statement = connection.createStatement()) {
			agentId = count(statement, "select id from staff_user where username = 'bench-agent-1'");
			team = count(statement, "select team from team_member where staff_id = " + agentId);
		}
		String path = "/api/v1/tickets?teamId=" + team + "&status=NEW&status=OPEN&sort=resolutionDue&size=50";
		Load.Result kairos = Load.run("S2 GET " + path, READ_CONCURRENCY, config.warmup(), config.duration(),
				config.maxRequests(), (worker, sequence) -> api.get(path, token, 200));
		System.out.println("[bench] " + kairos);
		String sql = """
				select t.id, t.number, t.status, t.step, t.customer_id, t.channel, t.type, t.priority, t.subject, t.team_id,
				t.assignee_id, t.restricted, t.created_at, t.first_response_due, t.resolution_due, t.sla_paused_at,
				t.first_response_at from ticket t
				where (t.restricted = false or t.assignee_id = ? or t.team_id in (select m.team from team_member m where m.staff_id = ?))
				and t.status in ('NEW', 'OPEN') and t.team_id = ?
				order by coalesce(t.resolution_due, ?), t.id fetch first 51 rows only""";
		Load.Result jdbc = jdbcReads("S2 baseline JDBC", statement -> {
			statement.setLong(1, agentId);
			statement.setLong(2, agentId);
			statement.setLong(3, team);
			statement.setObject(4, OffsetDateTime.parse("9999-12-31T00:00:00Z"));
		}, sql);
		System.out.println("[bench] " + jdbc);
		readRow("S2 agent queue page", "p95 of 50 rows, team + NEW/OPEN by SLA due", kairos, jdbc, 30);
	}

	// S3: what the agent's ticket page needs: the ticket, its conversation and the customer beside it.

	private void s3(Api api, String token, long tickets) throws Exception {
		Load.Result kairos = Load.run("S3 ticket, messages, customer", READ_CONCURRENCY, config.warmup(),
				config.duration(), config.maxRequests(), (worker, sequence) -> {
					long id = 1 + new SplittableRandom(config.seed() + sequence).nextLong(tickets);
					HttpResponse<String> ticket = api.get("/api/v1/tickets/" + id, token, 200);
					api.get("/api/v1/tickets/" + id + "/messages", token, 200);
					Matcher customer = CUSTOMER_ID.matcher(ticket.body());
					if (!customer.find()) {
						throw new IllegalStateException("no customerId in ticket " + id);
					}
					api.get("/api/v1/customers/" + customer.group(1), token, 200);
				});
		System.out.println("[bench] " + kairos);
		readRow("S3 ticket detail", "p95 of ticket + messages + customer (3 requests)", kairos, null, 30);
	}

	// S4 and S5: the reports of the analytics and VoC modules, when they are there.

	/** The manager's KPIs over the last 90 days, against summing the day roll-ups of that window over JDBC. */
	private void s4(Api api, String token) throws Exception {
		LocalDate to = LocalDate.ofInstant(config.now(), DataGenerator.Lookups.ZONE);
		LocalDate from = to.minusDays(89);
		String path = "/api/v1/kpis?from=" + from + "&to=" + to;
		if (api.status(path, token) == 404) {
			report.todo("S4 manager KPIs: GET /api/v1/kpis is not on main yet");
			return;
		}
		Load.Result kairos = Load.run("S4 GET " + path, READ_CONCURRENCY, config.warmup(), config.duration(),
				config.maxRequests(), (worker, sequence) -> api.get(path, token, 200));
		System.out.println("[bench] " + kairos);
		StringBuilder frt = new StringBuilder();
		for (int bucket = 0; bucket < 20; bucket++) {
			frt.append(String.format(", sum(frt_h%02d)", bucket));
		}
		Load.Result jdbc = jdbcReads("S4 baseline JDBC", statement -> {
			statement.setObject(1, from);
			statement.setObject(2, to);
		}, "select sum(opened), sum(opened_complaints), sum(resolved), sum(resolved_fcr), sum(resolved_reopened), "
				+ "sum(resolution_secs), sum(responded), sum(response_secs)" + frt + ", sum(frt_sla_met), sum(frt_sla_n), "
				+ "sum(res_sla_met), sum(res_sla_n), sum(cb_due), sum(cb_done), sum(cb_on_time), sum(promise_kept), "
				+ "sum(promise_settled) from analytics_daily where stat_date between ? and ?");
		System.out.println("[bench] " + jdbc);
		readRow("S4 manager KPIs", "p95, 90-day window", kairos, jdbc, 150);
		java.time.OffsetDateTime start = from.atStartOfDay(DataGenerator.Lookups.ZONE).toOffsetDateTime();
		java.time.OffsetDateTime end = to.plusDays(1).atStartOfDay(DataGenerator.Lookups.ZONE).toOffsetDateTime();
		Load.Result raw = jdbcReads("S4 raw tables JDBC", statement -> {
			statement.setObject(1, start);
			statement.setObject(2, end);
		}, RAW_KPIS);
		System.out.println("[bench] " + raw);
		readRow("S4 manager KPIs", "p95, 90-day window, against the same figures from the raw tables", kairos, raw,
				150);
	}

	/**
	 * The manager's figures computed straight from the desk's, VoC's and journey's tables in one statement: volumes,
	 * complaints, resolutions with FCR and mean resolution time, first responses with mean and median, SLA
	 * outcomes, reopened tickets (from the status history), callbacks, promises, the backlog with its age buckets,
	 * NPS, CSAT and the MOT index. Durations are wall-clock here (business time needs the calendars, which SQL does
	 * not have), so this is a lower bound on what computing the KPIs from raw rows costs.
	 */
	private static final String RAW_KPIS = """
			with w as (select cast(? as timestamptz) s, cast(? as timestamptz) e),
			t as (select
			  count(*) filter (where created_at >= w.s and created_at < w.e) opened,
			  count(*) filter (where created_at >= w.s and created_at < w.e and type = 'COMPLAINT') complaints,
			  count(*) filter (where status in ('RESOLVED', 'CLOSED') and resolved_at >= w.s and resolved_at < w.e) resolved,
			  count(*) filter (where status in ('RESOLVED', 'CLOSED') and resolved_at >= w.s and resolved_at < w.e
			    and first_contact_resolution) fcr,
			  avg(extract(epoch from resolved_at - created_at)) filter (where status in ('RESOLVED', 'CLOSED')
			    and resolved_at >= w.s and resolved_at < w.e) resolution_mean,
			  count(*) filter (where first_response_at >= w.s and first_response_at < w.e) responded,
			  avg(extract(epoch from first_response_at - created_at))
			    filter (where first_response_at >= w.s and first_response_at < w.e) response_mean,
			  percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at))
			    filter (where first_response_at >= w.s and first_response_at < w.e) response_median,
			  count(*) filter (where status not in ('RESOLVED', 'CLOSED')) backlog,
			  count(*) filter (where status not in ('RESOLVED', 'CLOSED') and created_at < now() - interval '7 days') backlog_old
			  from ticket, w),
			o as (select count(*) filter (where target = 'FIRST_RESPONSE') frt_n,
			  count(*) filter (where target = 'FIRST_RESPONSE' and not breached) frt_met,
			  count(*) filter (where target = 'RESOLUTION') res_n, count(*) filter (where target = 'RESOLUTION' and not breached) res_met
			  from ticket_sla_outcome, w where coalesce(met_at, recorded_at) >= w.s and coalesce(met_at, recorded_at) < w.e),
			r as (select count(distinct ticket_id) reopened from ticket_history, w
			  where action = 'ticket.status' and at >= w.s and at < w.e and detail like '%"from":"RESOLVED"%'),
			c as (select count(*) filter (where status in ('DUE', 'DONE')) cb_due, count(*) filter (where status = 'DONE') cb_done,
			  count(*) filter (where status = 'DONE' and completed_at <= due_at) cb_on_time
			  from ticket_callback, w where due_at >= w.s and due_at < w.e),
			p as (select count(*) filter (where status in ('KEPT', 'BROKEN')) settled, count(*) filter (where status = 'KEPT') kept
			  from ticket_promise, w where coalesce(settled_at, due_at) >= w.s and coalesce(settled_at, due_at) < w.e),
			v as (select count(nps) nps_n, count(*) filter (where nps >= 9) promoters, count(*) filter (where nps <= 6) detractors,
			  count(csat) csat_n, count(*) filter (where csat >= 4) satisfied
			  from survey_response, w where responded_at >= w.s and responded_at < w.e),
			m as (select count(*) mot_n, sum(score) mot_sum from mot_score, w where scored_at >= w.s and scored_at < w.e)
			select * from t, o, r, c, p, v, m""";

	/**
	 * NPS by customer segment over every response (read from the VoC day roll-up), against the same grouping SQL over
	 * the responses and against summing the roll-up over JDBC; the endpoint's counts are checked against the former.
	 */
	private void s5(Api api, String token) throws Exception {
		String path = "/api/v1/nps?groupBy=segment";
		if (api.status(path, token) == 404) {
			report.todo("S5 NPS by segment: GET /api/v1/nps is not on main yet");
			return;
		}
		List<String> answered = new ArrayList<>();
		Matcher counts = GROUP_COUNTS.matcher(api.get(path, token, 200).body());
		while (counts.find()) {
			answered.add(counts.group(1) + "/" + counts.group(2) + "/" + counts.group(3));
		}
		List<String> counted = new ArrayList<>();
		try (Connection connection = connect(config.database()); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(S5_RAW)) {
			while (rs.next()) {
				counted.add(rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4));
			}
		}
		report.note("S5: the endpoint's counts per segment " + (answered.equals(counted) ? "equal" : "DIFFER FROM")
				+ " the grouping SQL's over survey_response (" + counted.size() + " segments)");
		Load.Result kairos = Load.run("S5 GET " + path, READ_CONCURRENCY, config.warmup(), config.duration(),
				config.maxRequests(), (worker, sequence) -> api.get(path, token, 200));
		System.out.println("[bench] " + kairos);
		Load.Result jdbc = jdbcReads("S5 baseline JDBC", statement -> {
		}, S5_RAW);
		System.out.println("[bench] " + jdbc);
		readRow("S5 NPS by segment", "p95 over all survey responses", kairos, jdbc, 150);
		Load.Result rollUp = jdbcReads("S5 roll-up JDBC", statement -> {
		}, """
				select nullif(segment, '') grp, sum(promoters), sum(passives), sum(detractors) from survey_nps_daily
				group by segment order by grp""");
		System.out.println("[bench] " + rollUp);
		readRow("S5 NPS by segment", "p95 over all survey responses, against summing the day roll-up over JDBC", kairos,
				rollUp, 150);
	}

	private static final Pattern GROUP_COUNTS = Pattern
		.compile("\"promoters\":(\\d+),\"passives\":(\\d+),\"detractors\":(\\d+)");

	private static final String S5_RAW = """
			select r.segment grp, count(*) filter (where r.nps >= 9) promoters,
			count(*) filter (where r.nps between 7 and 8) passives, count(*) filter (where r.nps <= 6) detractors
			from survey_response r where r.nps is not null group by r.segment order by r.segment""";

	private void readRow(String scenario, String figure, Load.Result kairos, Load.Result jdbc, double targetMillis) {
		double p95 = kairos.percentileMillis(95);
		report.row(new Report.Row(scenario, figure,
				String.format("%s (p50 %s, p99 %s, %,.0f/s at c=%d, errors %d)", Report.ms(p95),
						Report.ms(kairos.percentileMillis(50)), Report.ms(kairos.percentileMillis(99)), kairos.throughput(),
						kairos.concurrency(), kairos.errors()),
				jdbc == null ? "–" : String.format("%s (%,.0f/s)", Report.ms(jdbc.percentileMillis(95)), jdbc.throughput()),
				jdbc == null ? "–" : Report.ratio(p95, jdbc.percentileMillis(95)), "p95 ≤ " + (int) targetMillis + " ms",
				verdict(p95 <= targetMillis && kairos.errors() == 0, Report.ms(p95))));
	}

	interface Binder {

		void bind(PreparedStatement statement) throws SQLException;

	}

	private Load.Result jdbcReads(String name, Binder binder, String sql) throws Exception {
		Connection[] connections = new Connection[READ_CONCURRENCY];
		try {
			for (int i = 0; i < READ_CONCURRENCY; i++) {
				connections[i] = connect(config.database());
			}
			return Load.run(name, READ_CONCURRENCY, config.warmup(), config.duration(), config.maxRequests(),
					(worker, sequence) -> {
						try (PreparedStatement statement = connections[worker].prepareStatement(sql)) {
							binder.bind(statement);
							try (ResultSet rs = statement.executeQuery()) {
								while (rs.next()) {
									rs.getObject(1);
								}
							}
						}
					});
		}
		finally {
			for (Connection connection : connections) {
				if (connection != null) {
					connection.close();
				}
			}
		}
	}

	// S6: the SLA scanner with 100 k tickets falling due at once, each warning raised once.

	private void s6() throws Exception {
		String database = config.database() + "_sla";
		int tickets = config.scaled(100_000);
		int customers = Math.max(10, tickets / 10);
		DataGenerator.recreate(config, database);
		DataGenerator.migrate(config, database);
		try (Connection connection = connect(database)) {
			DataGenerator.staff(connection, Instant.now());
			try (CopyLoad copy = new CopyLoad(connection, "customer", "id, name, gender, province, city, mobile, kind, tier, "
					+ "stage, version, created_at, updated_at")) {
				for (long id = 1; id <= customers; id++) {
					BenchData.Customer c = BenchData.customer(config.seed(), id);
					copy.row(id, c.name(), c.gender(), c.province(), c.city(), c.mobile(), "PERSON", "REGULAR", c.stage(), 0,
							c.createdAt(), c.createdAt());
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table customer alter column id restart with " + (customers + 1));
				statement.execute("analyze");
			}
		}
		long start = System.nanoTime();
		// The application scans every second from its start; the tickets arrive, all due, in one commit once it is up.
		try (AppProcess app = AppProcess.start(config, "app-sla", Path.of("target", "bench", "app"), List.of(),
				postgres(database, "--kairos.sla.scan-initial-delay=PT0S", "--kairos.sla.scan-interval=PT1S"));
				Connection connection = connect(database); Statement statement = connection.createStatement()) {
			Api api = new Api(config.appPort());
			app.awaitHealthy(api, Duration.ofMinutes(3));
			connection.setAutoCommit(false);
			DataGenerator.Lookups lookups = DataGenerator.Lookups.read(connection);
			Long policy = lookups.policy("REGULAR", "INQUIRY", "NORMAL");
			Instant now = Instant.now();
			Instant created = now.minus(Duration.ofMinutes(10));
			// First response due a minute ago (warning and breach now), resolution due in ten days (nothing yet).
			try (CopyLoad copy = new CopyLoad(connection, "ticket", "id, number, customer_id, channel, type, priority, "
					+ "subject, description, status, step, step_started_at, assignee_id, team_id, restricted, customer_tier, "
					+ "contact_count, sla_policy_id, first_response_due, resolution_due, created_at, updated_at, version")) {
				for (long id = 1; id <= tickets; id++) {
					long team = lookups.teams.get((int) (id % lookups.teams.size()));
					List<Long> agents = lookups.agentsByTeam.get(team);
					copy.row(id, "S" + id, 1 + id % customers, "HOTLINE", "INQUIRY", "NORMAL", "宽带无法上网", "家里的宽带从昨晚开始无法上网。",
							"OPEN", 2, created, agents.get((int) (id % agents.size())), team, false, "REGULAR", 1, policy,
							now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(10)), created, created, 0);
				}
			}
			statement.execute("select setval('ticket_seq', " + tickets + ")");
			connection.commit();
			long due = System.nanoTime();
			connection.setAutoCommit(true);
			statement.execute("analyze ticket");
			long deadline = due + Duration.ofMinutes(15).toNanos();
			long warnings = 0;
			long breaches = 0;
			long done = due;
			while (System.nanoTime() < deadline) {
				warnings = count(statement, "select count(*) from sla_alert where threshold = 'WARNING'");
				breaches = count(statement, "select count(*) from sla_alert where threshold = 'BREACH'");
				done = System.nanoTime();
				if (warnings >= tickets && breaches >= tickets) {
					break;
				}
				Thread.sleep(200);
			}
			double span = (done - due) / 1e9;
			long duplicates = count(statement, "select count(*) from (select ticket_id, target, threshold, due_at "
					+ "from sla_alert group by ticket_id, target, threshold, due_at having count(*) > 1) d");
			long warningEvents = count(statement, "select count(*) from ticket_history where action = 'sla.warning'");
			long ticketsWarnedTwice = count(statement, "select count(*) from (select ticket_id from ticket_history "
					+ "where action = 'sla.warning' group by ticket_id having count(*) > 1) d");
			boolean complete = warnings >= tickets && breaches >= tickets;
			boolean once = duplicates == 0 && ticketsWarnedTwice == 0 && warningEvents == tickets;
			double seconds = span * 100_000 / tickets;
			report.row(new Report.Row("S6 SLA scanner", String.format("%,d tickets falling due at once", tickets),
					complete ? String.format("%.1f s from their commit to the last claim (%,d warnings, %,d breaches, %,.0f tickets/s)",
							span, warnings, breaches, tickets / Math.max(span, 0.001))
							: String.format("incomplete after 15 min: %,d warnings, %,d breaches", warnings, breaches),
					"–", "–", "100 k in ≤ 20 s, each warning once",
					verdict(complete && once && seconds <= 20, String.format("%.1f s per 100 k; warnings once: %s "
							+ "(%d duplicate claims, %d tickets warned twice)", seconds, once ? "yes" : "NO", duplicates,
							ticketsWarnedTwice))));
		}
		report.note(String.format("S6 took %.0f s in all (database, application start, scan)",
				(System.nanoTime() - start) / 1e9));
	}

	// S7: the embedded default, as mvn spring-boot:run starts it, in an empty directory.

	private void s7() throws Exception {
		Path dir = Path.of("target", "bench", "s7");
		deleteTree(dir);
		try (AppProcess app = AppProcess.start(config, "app-embedded", dir, List.of(), List.of())) {
			Api api = new Api(config.appPort());
			app.awaitHealthy(api, Duration.ofMinutes(3));
			double seconds = app.timeToHealthy().toMillis() / 1000.0;
			String token = api.token("admin", "kairos-demo");
			Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(app.pid()), "GC.run").redirectErrorStream(true).start();
			gc.getInputStream().readAllBytes();
			gc.waitFor();
			HttpResponse<String> heap = api.get("/actuator/metrics/jvm.memory.used?tag=area:heap", token, 200);
			Matcher value = VALUE.matcher(heap.body());
			double megabytes = value.find() ? Double.parseDouble(value.group(1)) / 1024 / 1024 : Double.NaN;
			report.row(new Report.Row("S7 embedded start", "time to healthy; heap used after a GC",
					String.format("%.1f s; %.0f MB", seconds, megabytes), "–", "–", "≤ 15 s; ≤ 300 MB",
					verdict(seconds <= 15 && megabytes <= 300, String.format("%.1f s, %.0f MB", seconds, megabytes))));
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static String verdict(boolean met, String detail) {
		return (met ? "met" : "MISSED") + " (" + detail + ")";
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(config.jdbcUrl(database), config.user(), config.password());
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

}

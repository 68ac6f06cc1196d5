package io.kairos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Builds the benchmark database: creates it afresh, lets the application's own Flyway migrations make the schema,
 * adds the bench staff (agents in the three seeded teams with routing profiles, a supervisor, a manager, an
 * admin), then COPYs customers, tickets, their conversations and history, survey responses and MOT scores (when
 * those tables exist), resets the id sequences and ANALYZEs. Each step's duration is reported.
 */
final class DataGenerator {

	static final String PASSWORD = "kairos-bench";

	static final int AGENTS = 30;

	private final BenchConfig config;

	private final Report report;

	DataGenerator(BenchConfig config, Report report) {
		this.config = config;
		this.report = report;
	}

	void generate() throws SQLException {
		recreate(config, config.database());
		int customers = config.scaled(1_000_000);
		int tickets = config.scaled(1_000_000);
		try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
			step("schema (Flyway migrations)", () -> migrate(config, config.database()));
			step("bench staff", () -> staff(connection, config.now()));
			step(String.format("customers (%,d)", customers), () -> customers(connection, customers));
			long[] messageCount = new long[1];
			step(String.format("tickets (%,d) with conversations and history", tickets),
					() -> messageCount[0] = tickets(connection, tickets, customers));
			report.dataSize("customers", customers);
			report.dataSize("tickets", tickets);
			report.dataSize("ticket messages", messageCount[0]);
			int responses = config.scaled(1_000_000);
			step("survey responses", () -> report.dataSize("survey responses",
					surveyResponses(connection, responses, customers, tickets)));
			int scores = config.scaled(1_000_000);
			step("MOT scores", () -> report.dataSize("MOT scores", motScores(connection, scores, customers, tickets)));
			step("sequences and ANALYZE", () -> finish(connection, customers, tickets));
		}
	}

	interface Step {

		void run() throws Exception;

	}

	private void step(String name, Step step) {
		long start = System.nanoTime();
		try {
			step.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(name + " failed: " + ex.getMessage(), ex);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		report.generatorStep(name, took);
	}

	/** Drops and creates the database (never the application's own: the name must say bench). */
	static void recreate(BenchConfig config, String database) throws SQLException {
		if (!database.matches("[a-z0-9_]*bench[a-z0-9_]*")) {
			throw new IllegalArgumentException("refusing to recreate a database whose name lacks 'bench': " + database);
		}
		try (Connection admin = DriverManager.getConnection(config.jdbcUrl("postgres"), config.user(), config.password());
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database + " encoding 'UTF8'");
		}
	}

	static void migrate(BenchConfig config, String database) {
		Flyway.configure()
			.dataSource(config.jdbcUrl(database), config.user(), config.password())
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.load()
			.migrate();
	}

	/** Staff who use the API in the scenarios; all sign in with {@link #PASSWORD}. */
	static void staff(Connection connection, Instant now) throws SQLException {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		try (Statement statement = connection.createStatement()) {
			insertStaff(statement, "bench-admin", "ADMIN", hash, now);
			insertStaff(statement, "bench-supervisor", "SUPERVISOR", hash, now);
			insertStaff(statement, "bench-manager", "MANAGER", hash, now);
			insertStaff(statement, "bench-analyst", "QUALITY_ANALYST", hash, now);
			for (int i = 1; i <= AGENTS; i++) {
				long id = insertStaff(statement, "bench-agent-" + i, "AGENT", hash, now);
				statement.execute("insert into team_member (team, staff_id) select id, " + id
						+ " from team order by id offset " + (i % 3) + " limit 1");
				statement.execute("insert into agent_routing_profile (staff_id, availability, capacity, vip_certified, "
						+ "version, updated_at) values (" + id + ", 'AVAILABLE', 10000, true, 0, '" + now + "')");
				statement.execute("insert into agent_skill (staff_id, kind, code) values (" + id + ", 'LANGUAGE', 'zh')");
			}
		}
	}

	private static long insertStaff(Statement statement, String username, String role, String hash, Instant now)
			throws SQLException {
		statement.execute("insert into staff_user (username, display_name, email, password_hash, language, time_zone, "
				+ "enabled, version, created_at, updated_at) values ('" + username + "', '基准 " + username + "', '"
				+ username + "@bench.example', '" + hash + "', 'zh-CN', 'Asia/Shanghai', true, 0, '" + now + "', '" + now
				+ "')");
		long id;
		try (ResultSet rs = statement.executeQuery("select id from staff_user where username = '" + username + "'")) {
			rs.next();
			id = rs.getLong(1);
		}
		statement.execute("insert into staff_user_role (staff_user, role) values (" + id + ", '" + role + "')");
		return id;
	}

	private void customers(Connection connection, int count) {
		try (CopyLoad copy = new CopyLoad(connection, "customer", "id, name, gender, birthday, province, city, mobile, "
				+ "email, kind, tier, stage, language, version, created_at, updated_at")) {
			for (long id = 1; id <= count; id++) {
				BenchData.Customer c = BenchData.customer(config.seed(), id);
				copy.row(c.id(), c.name(), c.gender(), c.birthday(), c.province(), c.city(), c.mobile(), c.email(),
						c.kind(), c.tier(), c.stage(), "zh", 0, c.createdAt(), c.createdAt());
			}
		}
	}

	/** Tickets, messages and history; returns the number of messages. */
	private long tickets(Connection connection, int count, int customers) throws SQLException {
		Lookups lookups = Lookups.read(connection);
		long messages = 0;
		try (CopyLoad ticketCopy = new CopyLoad(connection, "ticket", "id, number, customer_id, channel, type, "
				+ "category_id, priority, subject, description, status, step, step_started_at, assignee_id, team_id, "
				+ "restricted, customer_tier, contact_count, first_contact_resolution, sla_policy_id, first_response_due, "
				+ "resolution_due, sla_paused_at, created_at, updated_at, first_response_at, resolved_at, closed_at, version")
					.linked();
				CopyLoad messageCopy = new CopyLoad(connection, "ticket_message", "ticket_id, visibility, author_kind, "
						+ "author_staff_id, channel, body, created_at, version").linked();
				CopyLoad historyCopy = new CopyLoad(connection, "ticket_history", "ticket_id, actor_id, action, detail, at")
						.linked()) {
			for (long id = 1; id <= count; id++) {
				BenchData.Ticket t = BenchData.ticket(config.seed(), id, count, customers, config.now());
				String tier = BenchData.customer(config.seed(), t.customerId()).tier();
				long team = lookups.teams.get(t.team());
				List<Long> agents = lookups.agentsByTeam.get(team);
				Long assignee = t.assigned() && !agents.isEmpty() ? agents.get((int) (id % agents.size())) : null;
				Instant last = t.lastActivity();
				ticketCopy.row(id, "T" + Lookups.DATE.format(t.createdAt().atZone(Lookups.ZONE)) + String.format("%05d", id),
						t.customerId(), t.channel(), t.type(), lookups.categories.get(t.categoryCode()), t.priority(),
						t.subject(), t.description(), t.status(), t.step(), last, assignee, team, false, tier,
						t.contactCount(), t.resolvedAt() == null ? null : t.contactCount() <= 1,
						lookups.policy(tier, t.type(), t.priority()), t.firstResponseAt() == null ? t.firstResponseDue() : null,
						t.active() || t.resolvedAt() != null ? t.resolutionDue() : null,
						t.status().equals("PENDING_CUSTOMER") || t.status().equals("ON_HOLD") ? last : null, t.createdAt(),
						last, t.firstResponseAt(), t.resolvedAt(), t.closedAt(), 0);
				for (BenchData.Message m : t.messages()) {
					messageCopy.row(id, m.visibility(), m.author(),
							m.author().equals("STAFF") ? (assignee != null ? assignee : lookups.anyAgent) : null, t.channel(),
							m.body(), m.at(), 0);
					messages++;
				}
				historyCopy.row(id, null, "ticket.created", "{\"channel\":\"" + t.channel() + "\",\"type\":\"" + t.type()
						+ "\",\"priority\":\"" + t.priority() + "\"}", t.createdAt());
				if (!t.status().equals("NEW")) {
					historyCopy.row(id, assignee, "ticket.status", "{\"from\":\"NEW\",\"to\":\"" + t.status() + "\"}", last);
				}
				if (ticketCopy.full() || messageCopy.full() || historyCopy.full() || id == count) {
					ticketCopy.flush();
					messageCopy.flush();
					historyCopy.flush();
				}
			}
		}
		return messages;
	}

	private static final String[] SEGMENTS = { "高价值客户", "潜力客户", "新客户", "忠诚客户", "沉睡客户", "流失风险客户" };

	private static final String[] VERBATIMS = { "客服态度很好，问题解决得很快。", "等待时间太长了，电话打了好几次才接通。",
			"师傅上门很准时，服务专业。", "问题还没有彻底解决，希望尽快处理。", "整体满意，流程可以再简化一些。" };

	/**
	 * Survey responses of the VoC module (1 M at scale 1): one published transactional survey; each response about a
	 * generated ticket (its customer, team, agent, channel and tier), a customer segment, NPS skewed to promoters,
	 * CSAT and CES, a third with a Chinese verbatim, answered a day or so after the ticket. Only the response rows
	 * (the grouped reports read them alone); no per-question answers.
	 */
	private long surveyResponses(Connection connection, int count, int customers, int tickets) throws SQLException {
		if (!exists(connection, "survey_response")) {
			report.todo("survey responses not generated: the VoC module's survey_response table is not on main yet");
			return 0;
		}
		Lookups lookups = Lookups.read(connection);
		Instant now = config.now();
		long survey;
		try (Statement statement = connection.createStatement()) {
			survey = id(statement, "insert into survey (name, kind, created_at, version) values ('服务满意度调查（基准）', "
					+ "'TRANSACTIONAL', '" + now.minus(Duration.ofDays(400)) + "', 0) returning id");
			statement.execute("insert into survey_version (survey_id, number, status, created_at, published_at) values ("
					+ survey + ", 1, 'PUBLISHED', '" + now.minus(Duration.ofDays(400)) + "', '" + now.minus(Duration.ofDays(400))
					+ "')");
		}
		try (CopyLoad copy = new CopyLoad(connection, "survey_response", "survey_id, survey_version, customer_id, "
				+ "ticket_id, team_id, agent_id, channel, tier, segment, source, nps, csat, ces, verbatim, responded_at, "
				+ "recorded_at")) {
			for (long i = 1; i <= count; i++) {
				long ticketId = 1 + (i - 1) * tickets / count;
				BenchData.Ticket t = BenchData.ticket(config.seed(), ticketId, tickets, customers, now);
				String tier = BenchData.customer(config.seed(), t.customerId()).tier();
				java.util.SplittableRandom random = new java.util.SplittableRandom(config.seed() * 7 + i);
				long team = lookups.teams.get(t.team());
				List<Long> agents = lookups.agentsByTeam.get(team);
				Long agent = t.assigned() && !agents.isEmpty() ? agents.get((int) (ticketId % agents.size())) : null;
				int roll = random.nextInt(100) + (tier.equals("DIAMOND") ? 10 : 0);
				int nps = roll < 25 ? random.nextInt(7) : roll < 55 ? 7 + random.nextInt(2) : 9 + random.nextInt(2);
				Instant responded = t.createdAt().plus(Duration.ofHours(2 + random.nextInt(48)));
				responded = responded.isAfter(now) ? now.minus(Duration.ofMinutes(1)) : responded;
				copy.row(survey, 1, t.customerId(), ticketId, team, agent, t.channel(), tier,
						BenchData.pick(random, SEGMENTS), "API", nps, Math.max(1, Math.min(5, nps / 2)),
						1 + random.nextInt(7), random.nextInt(3) == 0 ? BenchData.pick(random, VERBATIMS) : null, responded,
						responded);
			}
		}
		return count;
	}

	private static final String[][] TOUCHPOINTS = { { "营业厅柜台", "COUNTER", "false" }, { "客服热线", "HOTLINE", "true" },
			{ "上门安装", "FIELD_VISIT", "false" }, { "手机营业厅 App", "APP", "true" }, { "微信公众号", "WECHAT", "true" },
			{ "官方网站", "WEBSITE", "true" }, { "门店自提", "STORE", "false" }, { "短信通知", "SMS", "true" } };

	/**
	 * MOT scores of the journey module (1 M at scale 1) on eight touchpoints: scores −3..+3 mostly positive, by the
	 * agent themselves, a QA review or the customer, about a generated ticket, with the four behaviours.
	 */
	private long motScores(Connection connection, int count, int customers, int tickets) throws SQLException {
		if (!exists(connection, "mot_score")) {
			report.todo("MOT scores not generated: the journey module's mot_score table is not on main yet");
			return 0;
		}
		Lookups lookups = Lookups.read(connection);
		Instant now = config.now();
		long[] touchpoints = new long[TOUCHPOINTS.length];
		try (Statement statement = connection.createStatement()) {
			for (int i = 0; i < TOUCHPOINTS.length; i++) {
				touchpoints[i] = id(statement, "insert into touchpoint (name, channel, online, created_at) values ('"
						+ TOUCHPOINTS[i][0] + "', '" + TOUCHPOINTS[i][1] + "', " + TOUCHPOINTS[i][2] + ", '"
						+ now.minus(Duration.ofDays(400)) + "') returning id");
			}
		}
		String[] sources = { "AGENT_SELF", "AGENT_SELF", "QA_REVIEW", "CUSTOMER" };
		String[] interactions = { "TICKET_MESSAGE", "CALL", "CALL", "VISIT" };
		try (CopyLoad copy = new CopyLoad(connection, "mot_score", "score, source, touchpoint_id, agent_id, team_id, "
				+ "customer_id, ticket_id, interaction, explored, proposed, acted, confirmed, thought, scored_by, scored_at")) {
			for (long i = 1; i <= count; i++) {
				long ticketId = 1 + (i - 1) * tickets / count;
				BenchData.Ticket t = BenchData.ticket(config.seed(), ticketId, tickets, customers, now);
				java.util.SplittableRandom random = new java.util.SplittableRandom(config.seed() * 11 + i);
				long team = lookups.teams.get(t.team());
				List<Long> agents = lookups.agentsByTeam.get(team);
				Long agent = agents.isEmpty() ? null : agents.get((int) (ticketId % agents.size()));
				int roll = random.nextInt(100);
				int score = roll < 8 ? -3 + random.nextInt(3) : roll < 25 ? 0 : 1 + random.nextInt(3);
				String source = BenchData.pick(random, sources);
				Instant scored = t.createdAt().plus(Duration.ofMinutes(30 + random.nextInt(600)));
				scored = scored.isAfter(now) ? now.minus(Duration.ofMinutes(1)) : scored;
				copy.row(score, source, touchpoints[random.nextInt(touchpoints.length)], agent, team, t.customerId(),
						ticketId, BenchData.pick(random, interactions), score >= 0, score >= 1, score >= 1, score >= 2,
						random.nextInt(5) == 0 ? "客户希望尽快上门处理" : null, source.equals("CUSTOMER") ? null : agent, scored);
			}
		}
		return count;
	}

	private static long id(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static boolean exists(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select to_regclass('public." + table + "') is not null")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	private static void finish(Connection connection, int customers, int tickets) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table customer alter column id restart with " + (customers + 1));
			statement.execute("select setval('ticket_seq', " + tickets + ")");
			statement.execute("analyze");
		}
	}

	/** Ids the generated rows refer to: teams, agents per team, categories by code, SLA policies by position. */
	static final class Lookups {

		static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

		static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd");

		final List<Long> teams;

		final Map<Long, List<Long>> agentsByTeam = new HashMap<>();

		final Map<String, Long> categories = new HashMap<>();

		final Map<Integer, Long> policies = new HashMap<>();

		final Long anyAgent;

		private Lookups(List<Long> teams, Long anyAgent) {
			this.teams = teams;
			this.anyAgent = anyAgent;
		}

		static Lookups read(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				List<Long> teams = new java.util.ArrayList<>();
				try (ResultSet rs = statement.executeQuery("select id from team order by id limit 3")) {
					while (rs.next()) {
						teams.add(rs.getLong(1));
					}
				}
				Long anyAgent = null;
				Lookups lookups = new Lookups(teams, null);
				teams.forEach(team -> lookups.agentsByTeam.put(team, new java.util.ArrayList<>()));
				try (ResultSet rs = statement.executeQuery("""
						select m.team, m.staff_id from team_member m join staff_user s on s.id = m.staff_id
						where s.username like 'bench-agent-%' order by m.staff_id""")) {
					while (rs.next()) {
						lookups.agentsByTeam.computeIfAbsent(rs.getLong(1), t -> new java.util.ArrayList<>()).add(rs.getLong(2));
						anyAgent = anyAgent == null ? rs.getLong(2) : anyAgent;
					}
				}
				try (ResultSet rs = statement.executeQuery("select code, id from ticket_category")) {
					while (rs.next()) {
						lookups.categories.put(rs.getString(1), rs.getLong(2));
					}
				}
				try (ResultSet rs = statement.executeQuery("select position, id from sla_policy")) {
					while (rs.next()) {
						lookups.policies.put(rs.getInt(1), rs.getLong(2));
					}
				}
				return new Lookups(lookups, anyAgent);
			}
		}

		private Lookups(Lookups read, Long anyAgent) {
			this.teams = read.teams;
			this.agentsByTeam.putAll(read.agentsByTeam);
			this.categories.putAll(read.categories);
			this.policies.putAll(read.policies);
			this.anyAgent = anyAgent;
		}

		/** The seeded SLA policies' order: tier and type first, then urgency, then the catch-all. */
		Long policy(String tier, String type, String priority) {
			int position = tier.equals("DIAMOND") && type.equals("COMPLAINT") ? 0
					: tier.equals("GOLD") && type.equals("COMPLAINT") ? 1 : tier.equals("DIAMOND") ? 2
					: tier.equals("GOLD") ? 3 : priority.equals("URGENT") ? 4 : 5;
			return policies.get(position);
		}

	}

}

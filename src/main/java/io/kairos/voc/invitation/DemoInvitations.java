package io.kairos.voc.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.kairos.customer.CustomerRoster;
import io.kairos.identity.Role;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.voc.SurveyCatalog;
import io.kairos.voc.SurveyCatalog.SurveySummary;
import io.kairos.voc.loop.ActionCommand;
import io.kairos.voc.loop.ActionStatus;
import io.kairos.voc.loop.AnsweredSurvey;
import io.kairos.voc.loop.FollowUps;
import io.kairos.voc.loop.ImprovementActions;

/**
 * Demo distribution and closed loop, after the demo surveys (order 30): a rule on the post-resolution survey
 * (30 % of resolved tickets, sent a day later, so tests that resolve tickets never see it fire), invitations in
 * every state (answered, pending, expired, held back by the fatigue cap) without usable tokens, follow-ups for the
 * most recent demo detractors, feedback with Chinese texts and improvement actions. Loaded once, from a fixed seed.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoInvitations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInvitations.class);

	static final String SURVEY_NAME = "工单解决后服务回访";

	private static final String[][] FEEDBACK = {
			{ "SUGGESTION", "希望营业厅周末也能办理过户业务。", "process" },
			{ "SUGGESTION", "App 里查询账单的入口太深了，建议放到首页。", "channel" },
			{ "SUGGESTION", "电话排队时可以提示大概还要等几分钟。", "waiting" },
			{ "PRAISE", "客服耐心地教我老人家怎么用手机缴费，非常感谢！", "attitude" },
			{ "PRAISE", "上门维修的师傅准时到达，很专业。", "competence" },
			{ "SUGGESTION", "发票能不能直接发到邮箱？", "product" } };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final SurveyCatalog catalog;

	private final DistributionRules rules;

	private final FollowUps followUps;

	private final ImprovementActions actions;

	private final StaffDirectory staff;

	private final CustomerRoster roster;

	private final Clock clock;

	DemoInvitations(JdbcTemplate jdbc, TransactionTemplate transaction, SurveyCatalog catalog, DistributionRules rules,
			FollowUps followUps, ImprovementActions actions, StaffDirectory staff, CustomerRoster roster, Clock clock) {
		this.roster = roster;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.catalog = catalog;
		this.rules = rules;
		this.followUps = followUps;
		this.actions = actions;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("select count(*) from survey_distribution_rule", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		catalog.publishedSurveys()
			.stream()
			.filter(survey -> SURVEY_NAME.equals(survey.name()))
			.findFirst()
			.ifPresent(survey -> transaction.executeWithoutResult(status -> load(survey)));
	}

	private void load(SurveySummary survey) {
		Random random = new Random(5_2040L);
		Instant now = clock.instant();
		DistributionRule rule = rules.create(survey.surveyId(),
				new RuleCommand(TriggerKind.TICKET_RESOLVED, 30, 24 * 60, 14, null, true));
		List<Object[]> answered = jdbc.query("""
				select id, customer_id, ticket_id, team_id, agent_id, nps, verbatim, responded_at from survey_response
				where survey_id = ? and customer_id is not null order by responded_at desc fetch first 120 rows only""",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
						rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, Integer.class),
						rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class).toInstant() },
				survey.surveyId());
		List<Object[]> invitations = new ArrayList<>();
		int followUpCount = 0;
		for (Object[] response : answered) {
			Instant at = (Instant) response[7];
			Long customer = (Long) response[1];
			invitations.add(row(survey.surveyId(), rule.id(), "demo-response:" + response[0], customer, (Long) response[2],
					(Long) response[4], "ANSWERED", "SMS", at.minus(Duration.ofHours(20)), at.plus(Duration.ofDays(13)),
					at, (Long) response[0]));
			Integer nps = (Integer) response[5];
			if (nps != null && nps <= 6 && followUpCount < 15) {
				// Recent detractors: their follow-ups are open (some already overdue) for the agents who served them.
				followUps.open(new AnsweredSurvey((Long) response[0], survey.surveyId(), customer, (Long) response[2],
						(Long) response[3], (Long) response[4], nps, (String) response[6], at));
				followUpCount++;
			}
		}
		List<Long> customers = roster.oldest(60).stream().map(entry -> entry.id().value()).toList();
		for (int i = 0; i < customers.size(); i++) {
			Instant sent = now.minus(Duration.ofHours(2 + random.nextInt(24 * 30)));
			String status = i % 3 == 0 ? "SUPPRESSED" : "SENT";
			boolean expired = sent.plus(Duration.ofDays(14)).isBefore(now);
			invitations.add(row(survey.surveyId(), rule.id(), "demo-customer:" + customers.get(i), customers.get(i), null,
					null, status, "SUPPRESSED".equals(status) ? null : (i % 2 == 0 ? "SMS" : "EMAIL"), sent,
					"SUPPRESSED".equals(status) ? null : sent.plus(Duration.ofDays(expired ? 7 : 14)), null, null));
		}
		jdbc.batchUpdate("""
				insert into survey_invitation (survey_id, rule_id, trigger_kind, subject_key, customer_id, ticket_id,
				    agent_id, status, channel, send_at, sent_at, expires_at, answered_at, response_id, created_at)
				values (?, ?, 'TICKET_RESOLVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invitations);
		loadFeedback(random, now);
		log.info("Loaded {} demo survey invitations and {} follow-ups", invitations.size(), followUpCount);
	}

	private Object[] row(long survey, long rule, String key, Long customer, Long ticket, Long agent, String status,
			String channel, Instant sent, Instant expires, Instant answered, Long response) {
		return new Object[] { survey, rule, key, customer, ticket, agent, status, channel, utc(sent), utc(sent),
				utc(expires), utc(answered), response, utc(sent) };
	}

	private void loadFeedback(Random random, Instant now) {
		List<StaffMember> people = staff.enabled();
		Long agent = people.stream().filter(p -> p.roles().contains(Role.AGENT)).map(StaffMember::id).findFirst().orElse(null);
		Long manager = people.stream().filter(p -> p.roles().contains(Role.MANAGER)).map(StaffMember::id).findFirst()
			.orElse(people.isEmpty() ? null : people.get(0).id());
		for (String[] item : FEEDBACK) {
			Long category = jdbc.queryForObject("select id from feedback_category where code = ?", Long.class, item[2]);
			Instant at = now.minus(Duration.ofHours(1 + random.nextInt(24 * 20)));
			boolean praise = "PRAISE".equals(item[0]);
			jdbc.update("""
					insert into feedback_item (kind, body, category_id, priority, staff_id, status, created_at, updated_at, version)
					values (?, ?, ?, 'NORMAL', ?, 'NEW', ?, ?, 0)""", item[0], item[1], category, praise ? agent : null,
					utc(at), utc(at));
			if (praise && agent != null) {
				Long id = jdbc.queryForObject("select max(id) from feedback_item", Long.class);
				jdbc.update("insert into feedback_recipient (item_id, staff_id) values (?, ?)", id, agent);
			}
		}
		if (manager == null) {
			return;
		}
		long waiting = jdbc.queryForObject("select id from feedback_category where code = 'waiting'", Long.class);
		long channel = jdbc.queryForObject("select id from feedback_category where code = 'channel'", Long.class);
		long process = jdbc.queryForObject("select id from feedback_category where code = 'process'", Long.class);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		actions.create(new ActionCommand("高峰时段增加两名电话坐席", "回访中“等待时间长”是贬损者最常提到的原因。", waiting, manager,
				ActionStatus.IN_PROGRESS, today.plusDays(14)));
		actions.create(new ActionCommand("App 首页增加账单查询入口", "来自建议与问卷意见。", channel, manager, ActionStatus.OPEN,
				today.plusDays(45)));
		actions.create(new ActionCommand("周末营业厅开放过户业务", null, process, manager, ActionStatus.DONE, today.minusDays(3)));
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}

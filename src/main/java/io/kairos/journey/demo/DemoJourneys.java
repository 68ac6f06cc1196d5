package io.kairos.journey.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.kairos.customer.CustomerRoster;
import io.kairos.desk.TicketTouchpoints;
import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.journey.MotSource;
import io.kairos.journey.design.DesignLaw;
import io.kairos.journey.design.DesignView;
import io.kairos.journey.design.Designs;
import io.kairos.journey.design.MomentKind;
import io.kairos.journey.map.JourneyView;
import io.kairos.journey.map.Journeys;
import io.kairos.journey.touchpoint.TouchpointChannel;
import io.kairos.journey.touchpoint.TouchpointView;
import io.kairos.journey.touchpoint.Touchpoints;
import io.kairos.shared.time.Timestamps;

/**
 * Two demo journeys — broadband installation and car repair — with touchpoints, standards, 90 days of MOT scores
 * (in JDBC batches, deterministic from a seed), demo tickets linked to their touchpoints, and an E-MOT design of
 * the car repair that took effect 30 days ago: the waiting for parts is the pain point, the handover became the
 * peak, the transparent diagnosis did not. Loads once, into an empty touchpoint table.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoJourneys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);

	static final int DESIGN_DAYS_AGO = 30;

	private final JdbcTemplate jdbc;

	private final Touchpoints touchpoints;

	private final Journeys journeys;

	private final Designs designs;

	private final TicketTouchpoints tickets;

	private final CustomerRoster roster;

	private final StaffDirectory staff;

	private final Clock clock;

	private final ZoneId zone;

	DemoJourneys(JdbcTemplate jdbc, Touchpoints touchpoints, Journeys journeys, Designs designs,
			TicketTouchpoints tickets, CustomerRoster roster, StaffDirectory staff, Clock clock,
			@Value("${kairos.default-time-zone:Asia/Shanghai}") String zone) {
		this.jdbc = jdbc;
		this.touchpoints = touchpoints;
		this.journeys = journeys;
		this.designs = designs;
		this.tickets = tickets;
		this.roster = roster;
		this.staff = staff;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** A stage to create: its touchpoint, and the mean MOT score before and after the design took effect. */
	private record Plan(String stage, String actions, String thoughts, String feelings, boolean hygiene,
			TouchpointView touchpoint, double before, double after, int perWeek) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = jdbc.queryForObject("select count(*) from touchpoint", Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		Random random = new Random(6);
		List<Long> customers = roster.oldest(200).stream().map(e -> e.id().value()).toList();
		Long agent = staff.findByUsername("agent").map(StaffMember::id).orElse(null);

		TouchpointView hotline = tp("10000 客服热线 hotline", TouchpointChannel.HOTLINE, "客户服务中心",
				"人工与 IVR 热线", std("20 秒内人工接听 answer within 20 s", "20", "s"), std("首问负责，不推诿", null, null));
		TouchpointView onlineShop = tp("网上营业厅下单 online order", TouchpointChannel.APP, "电子渠道部", "App 与网站下单",
				std("资费一次说清 prices stated in full", null, null));
		TouchpointView bookingSms = tp("预约短信 appointment SMS", TouchpointChannel.SMS, "装维调度中心", "上门时段确认",
				std("下单后 2 小时内确认上门时段 confirm within 2 h", "2", "h"));
		TouchpointView installer = tp("装维师傅上门 installer visit", TouchpointChannel.FIELD_VISIT, "装维部",
				"上门安装光猫与布线", std("按约定时段到达，迟到提前 30 分钟告知 on time or warn 30 min ahead", "30", "min"),
				std("穿工装、戴鞋套、完工清理 uniform, shoe covers, clean up", null, null));
		TouchpointView speedTest = tp("开通测速 speed test", TouchpointChannel.APP, "装维部", "师傅现场用 App 测速并讲解",
				std("测速达到签约带宽 90% speed at least 90% of plan", "90", "%"));
		TouchpointView callbackLine = tp("满意度回访 callback", TouchpointChannel.HOTLINE, "客户服务中心", "安装后 3 日内回访",
				std("3 日内回访 call back within 3 days", "3", "d"));

		TouchpointView wechat = tp("微信预约 WeChat booking", TouchpointChannel.WECHAT, "售后服务部", "小程序预约维修",
				std("15 分钟内确认预约 confirm within 15 min", "15", "min"));
		TouchpointView reception = tp("接车前台 service reception", TouchpointChannel.COUNTER, "售后服务部", "服务顾问接车、环车检查",
				std("到店 5 分钟内接待 greet within 5 min", "5", "min"));
		TouchpointView diagnosis = tp("故障诊断 diagnosis bay", TouchpointChannel.STORE, "维修车间", "技师诊断并报价",
				std("诊断结果与报价 1 小时内告知 diagnosis within 1 h", "1", "h"));
		TouchpointView partsNotice = tp("配件进度通知 parts status", TouchpointChannel.SMS, "配件部", "缺件等待期间的进度告知",
				std("每 2 天主动告知配件进度 update every 2 days", "2", "d"));
		TouchpointView workshop = tp("维修车间 workshop", TouchpointChannel.STORE, "维修车间", "按工单维修",
				std("一次修复 fixed first time", null, null));
		TouchpointView handover = tp("交车讲解 handover", TouchpointChannel.COUNTER, "售后服务部", "交车、讲解维修内容、旧件展示",
				std("交车前洗车并讲解 washed and explained", null, null));
		TouchpointView carCallback = tp("维修回访 repair callback", TouchpointChannel.HOTLINE, "客户关系部", "交车后回访",
				std("48 小时内回访 call back within 48 h", "48", "h"));

		List<Plan> broadbandPlans = List.of(
				new Plan("咨询下单 order", "比较套餐、下单", "哪个套餐划算？", "期待", false, hotline, 0.8, 0.8, 6),
				new Plan("预约上门 appointment", "等待确认上门时间", "什么时候来装？", "有点焦虑", false, bookingSms, 0.2, 0.2, 5),
				new Plan("上门安装 installation", "在家等待师傅、看安装", "师傅会不会迟到？", "等待中烦躁", true, installer, -0.9, -0.9, 7),
				new Plan("开通测速 activation", "看测速结果", "网速够快吗？", "惊喜", false, speedTest, 1.9, 1.9, 5),
				new Plan("满意度回访 callback", "接听回访电话", "他们还记得我", "被重视", false, callbackLine, 0.6, 0.6, 3));
		JourneyView broadband = journey("宽带安装 broadband installation", "从下单到回访的家庭宽带安装旅程（电信）", broadbandPlans,
				onlineShop);
		List<Plan> carPlans = List.of(
				new Plan("预约 appointment", "小程序预约时间", "能不能尽快修？", "着急", false, wechat, 1.0, 1.2, 5),
				new Plan("接车 reception", "到店交车、环车检查", "会不会被多收钱？", "戒备", false, reception, 0.6, 0.7, 5),
				new Plan("诊断 diagnosis", "听技师讲解故障和报价", "真的需要换吗？", "犹豫", false, diagnosis, 0.3, 0.2, 5),
				new Plan("等配件 waiting for parts", "没车可用，等待配件", "还要等多久？", "焦虑、被遗忘", true, partsNotice, -1.6, -0.2, 6),
				new Plan("维修 repair", "等待维修完成", "能一次修好吗？", "期待", false, workshop, 0.7, 0.8, 5),
				new Plan("交车 handover", "取车、听讲解、看旧件", "修得怎么样？", "安心、惊喜", false, handover, 0.9, 2.5, 5),
				new Plan("回访 callback", "接听回访电话", "有问题还能找谁？", "被关心", false, carCallback, 0.3, 1.1, 3));
		JourneyView carRepair = journey("汽车维修 car repair", "汽车售后维修旅程：预约、接车、诊断、等配件、维修、交车、回访", carPlans,
				null);

		LocalDate today = LocalDate.now(clock.withZone(zone));
		Instant designStart = today.minusDays(DESIGN_DAYS_AGO).atStartOfDay(zone).toInstant();
		List<Object[]> rows = new ArrayList<>();
		scores(broadband, broadbandPlans, designStart, random, customers, agent, rows);
		scores(carRepair, carPlans, designStart, random, customers, agent, rows);
		jdbc.batchUpdate("""
				insert into mot_score (score, source, touchpoint_id, stage_id, journey_id, agent_id, customer_id, ticket_id,
				interaction, explored, proposed, acted, confirmed, scored_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);

		List<Object[]> answers = new ArrayList<>();
		answers(broadbandPlans, designStart, random, answers);
		answers(carPlans, designStart, random, answers);
		jdbc.batchUpdate("insert into journey_answer (response_id, touchpoint_id, nps, answered_at) values (?, ?, ?, ?)",
				answers);

		int linked = link(broadband, installer, tickets.matching("安装师傅", 12), random, agent);
		linked += link(broadband, hotline, tickets.matching("宽带", 12), random, agent);
		linked += link(broadband, installer, tickets.matching("路由器", 8), random, agent);
		design(carRepair, today.minusDays(DESIGN_DAYS_AGO), partsNotice, diagnosis, handover, carCallback);
		log.info("Demo journeys: 2 journeys, {} touchpoints, {} scored moments, {} tickets linked to touchpoints",
				touchpoints.all().size(), rows.size(), linked);
	}

	private static Touchpoints.NewStandard std(String text, String target, String unit) {
		return new Touchpoints.NewStandard(text, target == null ? null : new BigDecimal(target), unit);
	}

	private TouchpointView tp(String name, TouchpointChannel channel, String owner, String description,
			Touchpoints.NewStandard... standards) {
		return touchpoints.create(new Touchpoints.NewTouchpoint(name, channel, null, owner, description, List.of(standards)));
	}

	private JourneyView journey(String name, String description, List<Plan> plans, TouchpointView extraFirst) {
		List<Journeys.NewStage> stages = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			Plan p = plans.get(i);
			List<Long> ids = i == 0 && extraFirst != null ? List.of(p.touchpoint().id(), extraFirst.id())
					: List.of(p.touchpoint().id());
			stages.add(new Journeys.NewStage(p.stage(), p.actions(), p.thoughts(), p.feelings(), p.hygiene(), ids));
		}
		return journeys.create(new Journeys.NewJourney(name, description, stages));
	}

	/** 90 days of scores per stage around the planned means, fewer on weekends, from agents, QA and customers. */
	private void scores(JourneyView journey, List<Plan> plans, Instant designStart, Random random, List<Long> customers,
			Long agent, List<Object[]> rows) {
		Instant now = clock.instant();
		for (int i = 0; i < plans.size(); i++) {
			Plan plan = plans.get(i);
			JourneyView.Stage stage = journey.stages().get(i);
			int count = plan.perWeek() * 13;
			for (int k = 0; k < count; k++) {
				Instant at = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60 - 60) + 30));
				double mean = at.isBefore(designStart) ? plan.before() : plan.after();
				int score = (int) Math.max(-3, Math.min(3, Math.round(mean + random.nextGaussian() * 1.1)));
				int pick = random.nextInt(10);
				MotSource source = pick < 6 ? MotSource.AGENT_SELF : pick < 8 ? MotSource.QA_REVIEW : MotSource.CUSTOMER;
				Long customer = customers.isEmpty() ? null : customers.get(random.nextInt(customers.size()));
				rows.add(new Object[] { score, source.name(), plan.touchpoint().id(), stage.id(), journey.id(),
						source == MotSource.CUSTOMER ? null : agent, customer, null,
						source == MotSource.CUSTOMER ? "SURVEY_ANSWER" : random.nextBoolean() ? "CALL" : "VISIT",
						source != MotSource.CUSTOMER, source != MotSource.CUSTOMER, source != MotSource.CUSTOMER,
						score > 0, Timestamps.utc(at) });
			}
		}
	}

	/**
	 * NPS answers (0–10) about each touchpoint, better where the moments score better; demo answers have no survey
	 * response behind them and take negative ids so that they never meet a real response's id.
	 */
	private void answers(List<Plan> plans, Instant designStart, Random random, List<Object[]> answers) {
		Instant now = clock.instant();
		for (Plan plan : plans) {
			for (int k = 0; k < plan.perWeek() * 6; k++) {
				Instant at = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60 - 60) + 30));
				double mean = at.isBefore(designStart) ? plan.before() : plan.after();
				double promoter = Math.max(0.05, Math.min(0.9, 0.35 + 0.15 * mean));
				double detractor = Math.max(0.03, Math.min(0.9, 0.25 - 0.1 * mean));
				double draw = random.nextDouble();
				int nps = draw < promoter ? 9 + random.nextInt(2) : draw < promoter + detractor ? random.nextInt(7) : 7 + random.nextInt(2);
				answers.add(new Object[] { -(long) (answers.size() + 1), plan.touchpoint().id(), nps, Timestamps.utc(at) });
			}
		}
	}

	/** Links demo tickets to a touchpoint through the desk and scores the interaction on each. */
	private int link(JourneyView journey, TouchpointView touchpoint, List<Long> ids, Random random, Long agent) {
		int linked = 0;
		for (Long id : ids) {
			TicketTouchpoints.TicketFacts facts = tickets.facts(id);
			if (facts.touchpointId() != null) {
				continue;
			}
			try {
				tickets.link(id, touchpoint.id());
			}
			catch (io.kairos.shared.api.ProblemException refused) {
				continue; // a ticket the desk does not let change any more
			}
			long stage = journey.stages().stream().filter(s -> s.touchpointIds().contains(touchpoint.id())).findFirst()
				.orElseThrow().id();
			int score = facts.type() == io.kairos.desk.TicketType.COMPLAINT ? -2 - random.nextInt(2) : random.nextInt(4) - 1;
			jdbc.update("""
					insert into mot_score (score, source, touchpoint_id, stage_id, journey_id, agent_id, team_id, customer_id,
					ticket_id, interaction, explored, proposed, acted, confirmed, thought, feeling, action_taken, scored_at)
					values (?, 'AGENT_SELF', ?, ?, ?, ?, ?, ?, ?, 'TICKET_MESSAGE', true, true, ?, false, ?, ?, ?, ?)""",
					score, touchpoint.id(), stage, journey.id(), facts.assigneeId() != null ? facts.assigneeId() : agent,
					facts.teamId(), facts.customerId(), id, score >= 0, "担心问题没人管", score < 0 ? "不满" : "平静",
					"已致电两次", Timestamps.utc(facts.openedAt().plusSeconds(1800)));
			linked++;
		}
		return linked;
	}

	private void design(JourneyView carRepair, LocalDate from, TouchpointView parts, TouchpointView diagnosis,
			TouchpointView handover, TouchpointView callback) {
		DesignView design = designs.create(carRepair.id(), new Designs.NewDesign("等配件不焦虑、交车有惊喜 E-MOT", from), null);
		for (JourneyView.Stage stage : carRepair.stages()) {
			if (stage.touchpointIds().contains(parts.id())) {
				design = designs.addStep(design.id(), new Designs.NewStep(stage.id(), "缺件时当天告知到货日期"));
				design = designs.addStep(design.id(), new Designs.NewStep(stage.id(), "每两天主动推送配件进度，提供代步车"));
			}
			if (stage.touchpointIds().contains(diagnosis.id())) {
				design = designs.addStep(design.id(), new Designs.NewStep(stage.id(), "诊断视频发到客户微信"));
			}
			if (stage.touchpointIds().contains(handover.id())) {
				design = designs.addStep(design.id(), new Designs.NewStep(stage.id(), "洗车后交车，旧件展示并讲解"));
			}
			if (stage.touchpointIds().contains(callback.id())) {
				design = designs.addStep(design.id(), new Designs.NewStep(stage.id(), "48 小时内技师本人回访"));
			}
		}
		for (DesignView.Step step : design.steps()) {
			JourneyView.Stage stage = carRepair.stage(step.stageId());
			long touchpoint = stage.touchpointIds().get(0);
			Long standard = touchpoints.get(touchpoint).standards().get(0).id();
			design = designs.bind(design.id(), step.id(), new Designs.Binding(touchpoint, standard));
		}
		DesignView.Step partsStep = stepAt(design, carRepair, parts);
		DesignView.Step diagnosisStep = stepAt(design, carRepair, diagnosis);
		DesignView.Step handoverStep = stepAt(design, carRepair, handover);
		DesignView.Step callbackStep = stepAt(design, carRepair, callback);
		designs.addMoment(design.id(), new Designs.NewMoment(partsStep.id(), MomentKind.PEAK, "私家车主 private owners",
				"痛点：等配件 waiting for parts", DesignLaw.PAINKILLER, new BigDecimal("8"), "到货日期当天告知、代步车"));
		designs.addMoment(design.id(), new Designs.NewMoment(handoverStep.id(), MomentKind.PEAK, "私家车主 private owners",
				"记忆点（峰值）：交车 handover", DesignLaw.RESONATOR, new BigDecimal("6"), "洗车、旧件展示、技师讲解"));
		designs.addMoment(design.id(), new Designs.NewMoment(diagnosisStep.id(), MomentKind.PEAK, "首次到店客户 first visit",
				"记忆点（峰值）：诊断 diagnosis", DesignLaw.TWO_FACTOR, new BigDecimal("3"), "诊断视频"));
		designs.addMoment(design.id(), new Designs.NewMoment(callbackStep.id(), MomentKind.END, "全部客户 all customers",
				"记忆点（终点）：回访 callback", DesignLaw.RESONATOR, new BigDecimal("2"), "技师本人回访"));
	}

	private static DesignView.Step stepAt(DesignView design, JourneyView journey, TouchpointView touchpoint) {
		return design.steps().stream()
			.filter(s -> touchpoint.id() == s.touchpointId())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No step at " + touchpoint.name() + " in " + journey.name()));
	}

}

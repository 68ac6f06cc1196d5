package io.kairos.voc.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import io.kairos.voc.QuestionType;
import io.kairos.voc.SurveyKind;
import io.kairos.voc.report.DailyNps;
import io.kairos.voc.survey.LocalizedText;
import io.kairos.voc.survey.OptionSpec;
import io.kairos.voc.survey.QuestionSpec;
import io.kairos.voc.survey.SurveySpec;
import io.kairos.voc.survey.SurveyView;
import io.kairos.voc.survey.Surveys;

/**
 * Demo surveys and responses, loaded once into an empty survey table after the demo customers and tickets: a
 * post-resolution NPS + CSAT survey (with MOT scores per touchpoint and Chinese verbatims, NPS improving over
 * the year), a SERVQUAL survey with the 22 items, a zone-of-tolerance SERVQUAL survey and a Kano survey on five
 * service features. Deterministic from a fixed seed; inserted in JDBC batches without events (demo answers
 * start no follow-ups).
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("kairos.demo-data.enabled")
class DemoSurveys implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	static final String[] SEGMENTS = { "华东", "华北", "华南", "西南", "东北" };

	static final String[] CHANNELS = { "HOTLINE", "WECHAT", "APP", "STORE", "EMAIL" };

	static final String[] PROMOTER_WHY = { "工程师上门准时，问题一次解决，非常满意。", "客服态度很好，耐心解答了我的问题。",
			"处理速度比预期快，还主动回访，点赞！", "在线就能查到维修进度，很方便。", "账单解释得很清楚，服务专业。" };

	static final String[] PASSIVE_WHY = { "问题解决了，但等待时间有点长。", "整体还行，希望下次电话能更快接通。",
			"服务正常，没有特别的惊喜。", "工程师专业，但预约时间不太灵活。" };

	static final String[] DETRACTOR_WHY = { "打了三次电话才有人处理，太慢了。", "承诺的回电一直没有来。",
			"上门时间一改再改，耽误了我一整天。", "问题没有解决就被关单了。", "客服推来推去，没有人负责。", "账单多收了钱，处理很不耐烦。" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Surveys surveys;

	private final CustomerRoster roster;

	private final StaffDirectory staff;

	private final Clock clock;

	private final DailyNps daily;

	DemoSurveys(JdbcTemplate jdbc, TransactionTemplate transaction, Surveys surveys, CustomerRoster roster,
			StaffDirectory staff, Clock clock, DailyNps daily) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.surveys = surveys;
		this.roster = roster;
		this.staff = staff;
		this.clock = clock;
		this.daily = daily;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("select count(*) from survey", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		transaction.executeWithoutResult(status -> load());
	}

	private void load() {
		Random random = new Random(5_2026L);
		List<CustomerRoster.Entry> customers = roster.oldest(2000);
		List<Long> agents = staff.enabled()
			.stream()
			.filter(member -> member.roles().contains(Role.AGENT) || member.roles().contains(Role.SUPERVISOR))
			.map(StaffMember::id)
			.toList();
		Instant now = clock.instant();
		DemoResponses nps = new DemoResponses(jdbc, daily, publish(npsSurvey()), customers, agents, now);
		for (int i = 0; i < 2400; i++) {
			nps.add(random, npsAnswers(random, nps, i / 2400.0));
		}
		DemoResponses servqual = new DemoResponses(jdbc, daily, publish(servqualSurvey(false)), customers, agents, now);
		for (int i = 0; i < 400; i++) {
			servqual.add(random, servqualAnswers(random, servqual, false));
		}
		DemoResponses zone = new DemoResponses(jdbc, daily, publish(servqualSurvey(true)), customers, agents, now);
		for (int i = 0; i < 200; i++) {
			zone.add(random, servqualAnswers(random, zone, true));
		}
		DemoResponses kano = new DemoResponses(jdbc, daily, publish(kanoSurvey()), customers, agents, now);
		for (int i = 0; i < 300; i++) {
			kano.add(random, kanoAnswers(random, kano));
		}
		int total = nps.flush() + servqual.flush() + zone.flush() + kano.flush();
		log.info("Loaded {} demo survey responses", total);
	}

	private long publish(SurveySpec spec) {
		SurveyView created = surveys.create(spec, null);
		surveys.publish(created.id(), created.version());
		return created.id();
	}

	static SurveySpec npsSurvey() {
		return new SurveySpec("工单解决后服务回访", SurveyKind.TRANSACTIONAL, List.of(
				question("nps", QuestionType.NPS, true, "您有多大可能向亲友推荐我们的服务？",
						"How likely are you to recommend our service to a friend or colleague?", null, null, null,
						new LocalizedText("请告诉我们打这个分数的主要原因。", "What is the main reason for your score?")),
				question("csat", QuestionType.CSAT, false, "您对本次服务的整体满意度如何？",
						"How satisfied are you with this service overall?", null, null, null, null),
				question("ces", QuestionType.CES, false, "解决您的问题有多省力？（1 很费力，7 很省力）",
						"How easy was it to get your issue solved? (1 very hard, 7 very easy)", null, null, null, null),
				question("mot", QuestionType.MOT, false, "本次接触是否达到了您的期望？（−3 到 +3）",
						"Did this contact meet your expectation? (−3 to +3)", null, null, null, null),
				new QuestionSpec("contact", QuestionType.SINGLE, false,
						new LocalizedText("您是通过什么方式联系我们的？", "How did you contact us?"),
						List.of(new OptionSpec("phone", new LocalizedText("电话", "Phone")),
								new OptionSpec("wechat", new LocalizedText("微信", "WeChat")),
								new OptionSpec("app", new LocalizedText("应用", "App")),
								new OptionSpec("store", new LocalizedText("门店", "Store"))),
						null, null, null, null, null, null)));
	}

	static SurveySpec servqualSurvey(boolean zone) {
		List<QuestionSpec> questions = new ArrayList<>();
		questions.add(question("nps", QuestionType.NPS, false, "您有多大可能向亲友推荐我们的服务？",
				"How likely are you to recommend our service to a friend or colleague?", null, null, null, null));
		for (ServqualItems.Item item : ServqualItems.ALL) {
			questions.add(new QuestionSpec("sq" + item.number(), QuestionType.SERVQUAL, true,
					new LocalizedText(item.zh(), item.en()), null, item.number(), zone, null, null, null, null));
		}
		if (!zone) {
			questions.add(question("weights", QuestionType.SERVQUAL_WEIGHTS, false,
					"请把 100 分分配给以下五个方面，表示它们对您的重要程度。",
					"Share 100 points over the five aspects by how important each is to you.", null, null, null, null));
		}
		return new SurveySpec(zone ? "服务质量容忍区调查" : "SERVQUAL 服务质量调查", SurveyKind.SERVQUAL, questions);
	}

	record Feature(String code, String name, String functionalZh, String functionalEn, String dysfunctionalZh,
			String dysfunctionalEn, int[] weights) {
	}

	/** Answer-pair weights per feature, in the order: A (like/neutral), O (like/dislike), M (expect/dislike), I, R, Q. */
	static final List<Feature> FEATURES = List.of(
			new Feature("bill", "账单准确无误", "如果账单始终准确无误，您觉得如何？", "If your bill is always correct, how do you feel?",
					"如果账单偶尔出错，您觉得如何？", "If your bill is sometimes wrong, how do you feel?", new int[] { 3, 20, 62, 12, 1, 2 }),
			new Feature("track", "在线查询维修进度", "如果能在线查询维修进度，您觉得如何？", "If you can track your repair online, how do you feel?",
					"如果不能在线查询维修进度，您觉得如何？", "If you cannot track your repair online, how do you feel?",
					new int[] { 22, 45, 18, 12, 1, 2 }),
			new Feature("confirm", "上门前电话确认", "如果工程师上门前电话确认，您觉得如何？", "If the engineer calls before the visit, how do you feel?",
					"如果工程师上门前不确认，您觉得如何？", "If the engineer does not call before the visit, how do you feel?",
					new int[] { 15, 40, 30, 12, 1, 2 }),
			new Feature("birthday", "生日祝福短信", "如果生日收到祝福短信，您觉得如何？", "If you get a birthday greeting, how do you feel?",
					"如果生日没有祝福短信，您觉得如何？", "If you get no birthday greeting, how do you feel?",
					new int[] { 38, 6, 2, 42, 10, 2 }),
			new Feature("lounge", "机场贵宾通道", "如果为您提供机场贵宾通道，您觉得如何？", "If you are offered an airport fast track, how do you feel?",
					"如果没有机场贵宾通道，您觉得如何？", "If there is no airport fast track, how do you feel?",
					new int[] { 55, 10, 3, 29, 1, 2 }));

	static SurveySpec kanoSurvey() {
		List<QuestionSpec> questions = new ArrayList<>();
		for (Feature feature : FEATURES) {
			questions.add(new QuestionSpec(feature.code(), QuestionType.KANO, true,
					new LocalizedText(feature.functionalZh(), feature.functionalEn()), null, null, null, feature.name(),
					new LocalizedText(feature.dysfunctionalZh(), feature.dysfunctionalEn()), null, null));
		}
		return new SurveySpec("服务功能卡诺分析", SurveyKind.KANO, questions);
	}

	private static QuestionSpec question(String code, QuestionType type, boolean required, String zh, String en,
			List<OptionSpec> options, Integer item, Boolean zone, LocalizedText why) {
		return new QuestionSpec(code, type, required, new LocalizedText(zh, en), options, item, zone, null, null, why,
				null);
	}

	/** NPS answers: better for higher tiers and for later months (a service change that worked). */
	private List<DemoResponses.DemoAnswer> npsAnswers(Random random, DemoResponses responses, double progress) {
		DemoResponses.Context context = responses.nextContext(random, progress);
		double mood = random.nextGaussian() * 2.2 + 6.6 + 1.4 * progress + context.tierBonus()
				+ (context.channelIndex() == 0 ? -0.6 : 0) + (context.touchpoint() == 3 ? -1.0 : 0);
		int nps = Math.max(0, Math.min(10, (int) Math.round(mood)));
		List<DemoResponses.DemoAnswer> answers = new ArrayList<>();
		String why = random.nextInt(10) < 7 ? verbatim(random, nps) : null;
		answers.add(DemoResponses.DemoAnswer.score("nps", "NPS", nps, why));
		answers.add(DemoResponses.DemoAnswer.score("csat", "CSAT", Math.max(1, Math.min(5, (int) Math.round(nps / 2.2 + random.nextGaussian() * 0.6))), null));
		if (random.nextBoolean()) {
			answers.add(DemoResponses.DemoAnswer.score("ces", "CES", Math.max(1, Math.min(7, (int) Math.round(nps * 0.6 + random.nextGaussian()))), null));
		}
		int mot = Math.max(-3, Math.min(3, (int) Math.round((nps - 6.5) / 1.4 + random.nextGaussian() * 0.8)));
		answers.add(DemoResponses.DemoAnswer.score("mot", "MOT", mot, null));
		String[] contacts = { "phone", "wechat", "app", "store" };
		answers.add(DemoResponses.DemoAnswer.choice("contact", contacts[Math.min(3, context.channelIndex())]));
		responses.context(context, nps, why);
		return answers;
	}

	private static String verbatim(Random random, int nps) {
		String[] pool = nps >= 9 ? PROMOTER_WHY : nps >= 7 ? PASSIVE_WHY : DETRACTOR_WHY;
		return pool[random.nextInt(pool.length)];
	}

	/** Expectations high everywhere; perceptions weakest on responsiveness, best on assurance. */
	private List<DemoResponses.DemoAnswer> servqualAnswers(Random random, DemoResponses responses, boolean zone) {
		DemoResponses.Context context = responses.nextContext(random, random.nextDouble());
		double quality = random.nextGaussian() * 0.8;
		double[] perceptionByDimension = { 5.6, 5.0, 4.3, 5.8, 5.1 };
		List<DemoResponses.DemoAnswer> answers = new ArrayList<>();
		double gapSum = 0;
		for (ServqualItems.Item item : ServqualItems.ALL) {
			int dimension = item.number() <= 4 ? 0 : item.number() <= 9 ? 1 : item.number() <= 13 ? 2 : item.number() <= 17 ? 3 : 4;
			int perception = clamp(perceptionByDimension[dimension] + quality + random.nextGaussian() * 0.7, 1, 7);
			if (zone) {
				int desired = clamp(6.5 + random.nextGaussian() * 0.4, 1, 7);
				int adequate = clamp(4.8 + (dimension == 2 ? 0.4 : 0) + random.nextGaussian() * 0.6, 1, desired);
				answers.add(DemoResponses.DemoAnswer.servqual("sq" + item.number(), item.number(), null, desired, adequate, perception));
				gapSum += perception - adequate;
			}
			else {
				int expectation = clamp(6.2 + random.nextGaussian() * 0.6, 1, 7);
				answers.add(DemoResponses.DemoAnswer.servqual("sq" + item.number(), item.number(), expectation, null, null, perception));
				gapSum += perception - expectation;
			}
		}
		int nps = Math.max(0, Math.min(10, (int) Math.round(7.2 + gapSum / 22 * 1.8 + random.nextGaussian() * 1.2)));
		answers.add(DemoResponses.DemoAnswer.score("nps", "NPS", nps, null));
		if (!zone) {
			int[] weights = weights(random);
			answers.add(DemoResponses.DemoAnswer.weights("weights", weights));
		}
		responses.context(context, nps, null);
		return answers;
	}

	private static int[] weights(Random random) {
		int[] base = { 12, 30, 22, 20, 16 };
		int[] weights = new int[5];
		int sum = 0;
		for (int i = 0; i < 4; i++) {
			weights[i] = Math.max(0, base[i] + random.nextInt(9) - 4);
			sum += weights[i];
		}
		weights[4] = 100 - sum;
		return weights;
	}

	private List<DemoResponses.DemoAnswer> kanoAnswers(Random random, DemoResponses responses) {
		DemoResponses.Context context = responses.nextContext(random, random.nextDouble());
		List<DemoResponses.DemoAnswer> answers = new ArrayList<>();
		for (Feature feature : FEATURES) {
			String[] pair = switch (pick(random, feature.weights())) {
				case 0 -> new String[] { "LIKE", random.nextBoolean() ? "NEUTRAL" : "TOLERATE" };
				case 1 -> new String[] { "LIKE", "DISLIKE" };
				case 2 -> new String[] { random.nextBoolean() ? "EXPECT" : "NEUTRAL", "DISLIKE" };
				case 3 -> new String[] { "NEUTRAL", random.nextBoolean() ? "NEUTRAL" : "TOLERATE" };
				case 4 -> new String[] { "DISLIKE", "NEUTRAL" };
				default -> new String[] { "LIKE", "LIKE" };
			};
			answers.add(DemoResponses.DemoAnswer.kano(feature.code(), feature.name(), pair[0], pair[1]));
		}
		responses.context(context, null, null);
		return answers;
	}

	private static int pick(Random random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static int clamp(double value, int min, int max) {
		return Math.max(min, Math.min(max, (int) Math.round(value)));
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

	static Duration year() {
		return Duration.ofDays(365);
	}

}

package io.kairos.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's rows, deterministic from a seed and "now": Chinese customers with unique mobile numbers on real
 * carrier prefixes and a tier mix with few at the top; a year of tickets (ids rising with creation time) in the
 * channel, type and priority mix of the desk's demo data, old ones closed, recent ones open with their SLA due
 * times ahead; conversations of three messages on average. Pure: no database, so it is tested on its own.
 */
final class BenchData {

	static final String[] TIERS = weighted(new Object[][] { { "DIAMOND", 4 }, { "GOLD", 11 }, { "SILVER", 25 },
			{ "REGULAR", 60 } });

	static final String[] CHANNELS = weighted(new Object[][] { { "HOTLINE", 35 }, { "APP", 15 }, { "WECHAT", 15 },
			{ "WEB", 10 }, { "STORE", 10 }, { "EMAIL", 5 }, { "FIELD_VISIT", 5 }, { "SMS", 3 }, { "SOCIAL", 2 } });

	static final String[] TYPES = weighted(new Object[][] { { "INQUIRY", 45 }, { "REPAIR", 20 },
			{ "SERVICE_ORDER", 15 }, { "COMPLAINT", 12 }, { "SUGGESTION", 5 }, { "PRAISE", 3 } });

	static final String[] PRIORITIES = weighted(new Object[][] { { "LOW", 15 }, { "NORMAL", 60 }, { "HIGH", 20 },
			{ "URGENT", 5 } });

	private static final String[] STAGES = weighted(new Object[][] { { "AWARE", 10 }, { "LEARNING", 10 },
			{ "PURCHASE", 10 }, { "CONSUMPTION", 45 }, { "VALUE_ADD", 25 } });

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "欧阳" };

	private static final String[] GIVEN = { "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "芳", "娜", "敏", "静",
			"丽", "艳", "婷", "雪", "建国", "志强", "子豪", "浩然", "宇轩", "秀英", "桂英", "诗涵", "欣怡", "雨桐", "思琪", "晓燕" };

	private static final String[][] PLACES = { { "广东省", "广州" }, { "广东省", "深圳" }, { "山东省", "济南" },
			{ "山东省", "青岛" }, { "河南省", "郑州" }, { "江苏省", "南京" }, { "江苏省", "苏州" }, { "四川省", "成都" },
			{ "浙江省", "杭州" }, { "湖北省", "武汉" }, { "北京市", "北京" }, { "上海市", "上海" }, { "重庆市", "重庆" } };

	private static final String[] MOBILE_PREFIXES = { "134", "135", "136", "137", "138", "139", "150", "151", "152",
			"157", "158", "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
			"153", "180", "181", "189", "199" };

	/** Category code, subject and the customer's first words (as in the desk's demo data). */
	static final String[][] TOPICS = {
			{ "billing.dispute", "本月话费比平时多出一百多元", "我这个月的账单突然多了 120 元，我没有开通任何新业务，请帮我查一下是什么费用。" },
			{ "billing.invoice", "申请开具上月电子发票", "麻烦帮我开一张上个月的电子发票，抬头是公司名称，发到我的邮箱。" },
			{ "network.outage", "家里宽带从昨晚开始无法上网", "从昨天晚上九点左右开始，家里的宽带就连不上了，光猫的 LOS 灯一直闪红灯。" },
			{ "network", "小区室内信号很差，经常打不通电话", "我住在 12 楼，家里信号只有一格，接电话经常断线，希望能改善一下。" },
			{ "device.fault", "手机屏幕出现绿线，申请保修", "手机买了八个月，屏幕上突然出现一条绿线，还在保修期内，想申请维修。" },
			{ "device", "路由器需要上门更换", "家里的路由器老化，经常掉线，想预约师傅上门更换新设备。" },
			{ "account", "办理套餐变更为 5G 畅享套餐", "我想把现在的套餐换成 5G 畅享 129 元套餐，从下个月开始生效。" },
			{ "account", "补办 SIM 卡并保留原号码", "手机丢了，需要补办 SIM 卡，号码要保留，请问需要带什么证件？" },
			{ "delivery", "预约的安装师傅没有按时上门", "约好今天下午两点到五点安装，现在已经六点了师傅还没来，也没人通知我。" },
			{ "service", "营业厅工作人员态度不好", "今天在营业厅办理业务时，工作人员很不耐烦，问了两遍就不理我了。" } };

	private static final String[] REPLIES = { "您好，感谢您的来电，我们已经收到您的问题，正在为您核实，请稍候。",
			"您好，已为您查询到相关记录，问题原因已确认，我们会在今天内为您处理完毕。",
			"您好，维修师傅已安排，将于明天上午 9:00—12:00 上门，请保持电话畅通。", "您好，费用已为您核减并退回原支付账户，预计 1—3 个工作日到账。" };

	private static final String[] FOLLOW_UPS = { "好的，谢谢，请尽快处理。", "还是没有解决，麻烦再看看。" };

	static final int DAYS = 365;

	private BenchData() {
	}

	record Customer(long id, String name, String gender, LocalDate birthday, String province, String city,
			String mobile, String email, String kind, String tier, String stage, Instant createdAt) {
	}

	record Message(String visibility, String author, String body, Instant at) {
	}

	record Ticket(long id, long customerId, String channel, String type, int topic, String priority, String status,
			int step, int team, boolean assigned, Instant createdAt, Instant firstResponseAt, Instant resolvedAt,
			Instant closedAt, Instant firstResponseDue, Instant resolutionDue, int contactCount, List<Message> messages) {

		String categoryCode() {
			return TOPICS[topic][0];
		}

		String subject() {
			return TOPICS[topic][1];
		}

		String description() {
			return TOPICS[topic][2];
		}

		boolean active() {
			return status.equals("NEW") || status.equals("OPEN") || status.equals("PENDING_CUSTOMER")
					|| status.equals("ON_HOLD");
		}

		Instant lastActivity() {
			return closedAt != null ? closedAt : resolvedAt != null ? resolvedAt : messages.get(messages.size() - 1).at();
		}

	}

	/** Customer number {@code id} (1-based); its mobile is unique because 7,919 is a unit modulo 10^8. */
	static Customer customer(long seed, long id) {
		SplittableRandom random = new SplittableRandom(seed * 31 + id);
		boolean organisation = random.nextInt(100) < 5;
		String gender = random.nextInt(100) < 4 ? "UNDISCLOSED" : random.nextBoolean() ? "MALE" : "FEMALE";
		String[] place = PLACES[random.nextInt(PLACES.length)];
		String name = organisation ? place[1] + "恒达科技有限公司" + id : pick(random, SURNAMES) + pick(random, GIVEN);
		long local = Math.floorMod(id * 7_919L + seed, 100_000_000L);
		String mobile = "+86" + MOBILE_PREFIXES[(int) ((id / 100_000_000L) % MOBILE_PREFIXES.length)]
				+ String.format("%08d", local);
		String email = random.nextInt(100) < 35 ? (10_000_000 + id) + "@qq.com" : null;
		LocalDate birthday = organisation ? null : LocalDate.of(1950 + random.nextInt(55), 1, 1).plusDays(random.nextInt(365));
		Instant created = Instant.parse("2022-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
		return new Customer(id, name, organisation ? "UNDISCLOSED" : gender, birthday, place[0], place[1], mobile, email,
				organisation ? "ORGANISATION" : "PERSON", pick(random, TIERS), pick(random, STAGES), created);
	}

	/**
	 * Ticket number {@code id} of {@code count}, over {@code customers} customers, created in the year before now;
	 * some customers write much more often than others.
	 */
	static Ticket ticket(long seed, long id, long count, long customers, Instant now) {
		SplittableRandom random = new SplittableRandom(seed * 131 + id);
		long minutesAgo = (long) ((1 - (double) (id - 1) / count) * DAYS * 24 * 60) + random.nextInt(30);
		Instant created = now.minus(Duration.ofMinutes(minutesAgo));
		double skew = random.nextDouble();
		long customerId = 1 + (long) (skew * skew * customers);
		int topic = random.nextInt(TOPICS.length);
		String type = topic == 9 || topic == 8 ? "COMPLAINT" : pick(random, TYPES);
		String priority = type.equals("COMPLAINT") && random.nextBoolean() ? "HIGH" : pick(random, PRIORITIES);
		long ageHours = Duration.between(created, now).toHours();
		String status = status(random, ageHours);
		Instant firstResponseDue = created.plus(Duration.ofHours(type.equals("COMPLAINT") ? 2 : 4));
		Instant resolutionDue = created.plus(Duration.ofHours(type.equals("COMPLAINT") ? 48 : 96));
		Instant firstResponse = status.equals("NEW") ? null
				: created.plus(Duration.ofMinutes(5 + random.nextInt(random.nextInt(10) == 0 ? 600 : 120)));
		if (firstResponse != null && firstResponse.isAfter(now)) {
			firstResponse = now.minus(Duration.ofMinutes(1));
		}
		Instant resolved = status.equals("RESOLVED") || status.equals("CLOSED")
				? created.plus(Duration.ofHours(1 + random.nextInt(random.nextInt(8) == 0 ? 96 : 40))) : null;
		if (resolved != null && resolved.isAfter(now)) {
			resolved = now.minus(Duration.ofMinutes(2));
		}
		Instant closed = status.equals("CLOSED") && resolved != null ? resolved.plus(Duration.ofDays(3)) : null;
		if (closed != null && closed.isAfter(now)) {
			closed = now.minus(Duration.ofMinutes(1));
		}
		int contacts = random.nextInt(4) == 0 ? 2 : 1;
		List<Message> messages = new ArrayList<>(5);
		messages.add(new Message("PUBLIC", "CUSTOMER", TOPICS[topic][2], created));
		if (firstResponse != null) {
			messages.add(new Message("PUBLIC", "STAFF", REPLIES[random.nextInt(2)], firstResponse));
			if (random.nextInt(10) == 0) {
				messages.add(new Message("INTERNAL", "STAFF", "内部备注：已转相关专业组核实，预计两小时内回复。",
						firstResponse.plusSeconds(30)));
			}
			if (contacts == 2) {
				messages.add(new Message("PUBLIC", "CUSTOMER", FOLLOW_UPS[random.nextInt(2)], firstResponse.plusSeconds(50)));
			}
		}
		// Many tickets are settled on the phone: only some get a written resolution reply.
		if (resolved != null && random.nextInt(10) < 6) {
			Instant at = resolved.isAfter(firstResponse) ? resolved : firstResponse.plusSeconds(55);
			messages.add(new Message("PUBLIC", "STAFF", REPLIES[2 + random.nextInt(2)], at));
		}
		int step = switch (status) {
			case "NEW" -> 1;
			case "OPEN" -> 2 + random.nextInt(3);
			case "PENDING_CUSTOMER", "ON_HOLD" -> 4 + random.nextInt(2);
			case "RESOLVED" -> 6;
			default -> 7;
		};
		return new Ticket(id, customerId, pick(random, CHANNELS), type, topic, priority, status, step, random.nextInt(3),
				!status.equals("NEW"), created, firstResponse, resolved, closed, firstResponseDue, resolutionDue, contacts,
				messages);
	}

	/** Old tickets are closed or resolved, a few on hold; the last days' are new, open or waiting. */
	private static String status(SplittableRandom random, long ageHours) {
		int roll = random.nextInt(1000);
		if (ageHours > 24 * 10) {
			return roll < 870 ? "CLOSED" : roll < 998 ? "RESOLVED" : "ON_HOLD";
		}
		if (ageHours > 72) {
			return roll < 500 ? "RESOLVED" : roll < 650 ? "CLOSED" : roll < 800 ? "PENDING_CUSTOMER" : roll < 900 ? "ON_HOLD"
					: "OPEN";
		}
		return roll < 250 ? "NEW" : roll < 650 ? "OPEN" : roll < 800 ? "PENDING_CUSTOMER" : "RESOLVED";
	}

	static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String[] weighted(Object[][] choices) {
		List<String> values = new ArrayList<>();
		for (Object[] choice : choices) {
			for (int i = 0; i < (Integer) choice[1]; i++) {
				values.add((String) choice[0]);
			}
		}
		return values.toArray(String[]::new);
	}

}

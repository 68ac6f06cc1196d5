package io.kairos.desk.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.kairos.desk.AuthorKind;
import io.kairos.desk.MessageVisibility;
import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketStatus;
import io.kairos.desk.TicketType;

/**
 * Deterministic demo tickets (same seed, same "now" → same tickets): channels, types and priorities in realistic
 * proportions, Chinese subjects and conversations, spread over the last 90 days; old tickets closed or resolved,
 * recent ones still open, some waiting for the customer, some past their resolution due time.
 */
final class DemoTicketGenerator {

	static final long DEFAULT_SEED = 20261124L;

	static final int DAYS = 90;

	private static final TicketChannel[] CHANNELS = weighted(new Object[][] { { TicketChannel.HOTLINE, 35 },
			{ TicketChannel.APP, 15 }, { TicketChannel.WECHAT, 15 }, { TicketChannel.WEB, 10 }, { TicketChannel.STORE, 10 },
			{ TicketChannel.EMAIL, 5 }, { TicketChannel.FIELD_VISIT, 5 }, { TicketChannel.SMS, 3 },
			{ TicketChannel.SOCIAL, 2 } }, TicketChannel.class);

	private static final TicketType[] TYPES = weighted(new Object[][] { { TicketType.INQUIRY, 45 },
			{ TicketType.REPAIR, 20 }, { TicketType.SERVICE_ORDER, 15 }, { TicketType.COMPLAINT, 12 },
			{ TicketType.SUGGESTION, 5 }, { TicketType.PRAISE, 3 } }, TicketType.class);

	private static final TicketPriority[] PRIORITIES = weighted(new Object[][] { { TicketPriority.LOW, 15 },
			{ TicketPriority.NORMAL, 60 }, { TicketPriority.HIGH, 20 }, { TicketPriority.URGENT, 5 } },
			TicketPriority.class);

	/** Category code, subject and the customer's first words, per kind of request. */
	private static final String[][] TOPICS = {
			{ "billing.dispute", "本月话费比平时多出一百多元", "我这个月的账单突然多了 120 元，我没有开通任何新业务，请帮我查一下是什么费用。" },
			{ "billing.invoice", "申请开具上月电子发票", "麻烦帮我开一张上个月的电子发票，抬头是公司名称，发到我的邮箱。" },
			{ "network.outage", "家里宽带从昨晚开始无法上网", "从昨天晚上九点左右开始，家里的宽带就连不上了，光猫的 LOS 灯一直闪红灯。" },
			{ "network", "小区室内信号很差，经常打不通电话", "我住在 12 楼，家里信号只有一格，接电话经常断线，希望能改善一下。" },
			{ "device.fault", "手机屏幕出现绿线，申请保修", "手机买了八个月，屏幕上突然出现一条绿线，还在保修期内，想申请维修。" },
			{ "device", "路由器需要上门更换", "家里的路由器老化，经常掉线，想预约师傅上门更换新设备。" },
			{ "account", "办理套餐变更为 5G 畅享套餐", "我想把现在的套餐换成 5G 畅享 129 元套餐，从下个月开始生效。" },
			{ "account", "补办 SIM 卡并保留原号码", "手机丢了，需要补办 SIM 卡，号码要保留，请问需要带什么证件？" },
			{ "delivery", "预约的安装师傅没有按时上门", "约好今天下午两点到五点安装，现在已经六点了师傅还没来，也没人通知我。" },
			{ "service", "营业厅工作人员态度不好", "今天在营业厅办理业务时，工作人员很不耐烦，问了两遍就不理我了。" },
			{ "service", "表扬客服小王耐心解答", "上周打热线时客服小王非常耐心，帮我把问题一次解决了，特此表扬。" },
			{ "billing", "建议账单增加流量使用明细", "希望电子账单能按天列出流量使用情况，这样更容易核对。" } };

	private static final String[] REPLIES = { "您好，感谢您的来电，我们已经收到您的问题，正在为您核实，请稍候。",
			"您好，已为您查询到相关记录，问题原因已确认，我们会在今天内为您处理完毕。",
			"您好，维修师傅已安排，将于明天上午 9:00—12:00 上门，请保持电话畅通。",
			"您好，费用已为您核减并退回原支付账户，预计 1—3 个工作日到账。" };

	private static final String[] FOLLOW_UPS = { "好的，谢谢，请尽快处理。", "还是没有解决，麻烦再看看。", "收到，已经恢复正常了，谢谢！" };

	private final Random random;

	DemoTicketGenerator(long seed) {
		this.random = new Random(seed);
	}

	/** {@code count} tickets over the customers (index into the roster), created between now−90 days and now. */
	List<DemoTicket> next(int count, int customers, Instant now) {
		List<DemoTicket> tickets = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			// Older tickets first, so ids grow with creation time as they do in real life.
			long minutesAgo = (long) ((1 - (double) i / count) * DAYS * 24 * 60) + random.nextInt(60);
			Instant created = now.minus(Duration.ofMinutes(minutesAgo));
			String[] topic = TOPICS[random.nextInt(TOPICS.length)];
			TicketType type = topic[1].contains("表扬") ? TicketType.PRAISE
					: topic[1].contains("建议") ? TicketType.SUGGESTION
					: topic[1].contains("态度") || topic[1].contains("没有按时") ? TicketType.COMPLAINT
					: TYPES[random.nextInt(TYPES.length)];
			TicketPriority priority = type == TicketType.COMPLAINT && random.nextBoolean() ? TicketPriority.HIGH
					: PRIORITIES[random.nextInt(PRIORITIES.length)];
			long ageHours = Duration.between(created, now).toHours();
			TicketStatus status = status(ageHours);
			Instant firstResponseDue = created.plus(Duration.ofHours(type == TicketType.COMPLAINT ? 2 : 4));
			Instant resolutionDue = created.plus(Duration.ofHours(type == TicketType.COMPLAINT ? 24 : 48));
			Instant firstResponse = status == TicketStatus.NEW ? null
					: created.plus(Duration.ofMinutes(5 + random.nextInt(random.nextInt(10) == 0 ? 600 : 180)));
			Instant resolved = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED
					? created.plus(Duration.ofHours(1 + random.nextInt(random.nextInt(8) == 0 ? 96 : 40))) : null;
			if (resolved != null && resolved.isAfter(now)) {
				resolved = now.minus(Duration.ofMinutes(10));
			}
			Instant closed = status == TicketStatus.CLOSED && resolved != null ? resolved.plus(Duration.ofDays(3)) : null;
			if (closed != null && closed.isAfter(now)) {
				closed = now;
			}
			int contacts = random.nextInt(4) == 0 ? 2 : 1;
			List<DemoMessage> messages = new ArrayList<>();
			messages.add(new DemoMessage(MessageVisibility.PUBLIC, AuthorKind.CUSTOMER, topic[2], created));
			if (firstResponse != null) {
				messages.add(new DemoMessage(MessageVisibility.PUBLIC, AuthorKind.STAFF, REPLIES[random.nextInt(2)],
						firstResponse));
				if (random.nextInt(3) == 0) {
					messages.add(new DemoMessage(MessageVisibility.INTERNAL, AuthorKind.STAFF,
							"内部备注：已转相关专业组核实，预计两小时内回复。", firstResponse.plusSeconds(120)));
				}
				if (contacts == 2) {
					messages.add(new DemoMessage(MessageVisibility.PUBLIC, AuthorKind.CUSTOMER,
							FOLLOW_UPS[random.nextInt(2)], firstResponse.plus(Duration.ofMinutes(30))));
				}
			}
			if (resolved != null) {
				messages.add(new DemoMessage(MessageVisibility.PUBLIC, AuthorKind.STAFF, REPLIES[2 + random.nextInt(2)],
						resolved));
			}
			int step = switch (status) {
				case NEW -> 1;
				case OPEN -> 2 + random.nextInt(3);
				case PENDING_CUSTOMER, ON_HOLD -> 4 + random.nextInt(2);
				case RESOLVED -> 6;
				case CLOSED -> 7;
			};
			tickets.add(new DemoTicket(random.nextInt(customers), CHANNELS[random.nextInt(CHANNELS.length)], type,
					topic[0], priority, topic[1], topic[2], status, step, random.nextInt(3), created, firstResponse,
					resolved, closed, firstResponseDue, resolutionDue, contacts, List.copyOf(messages)));
		}
		return tickets;
	}

	private TicketStatus status(long ageHours) {
		int roll = random.nextInt(100);
		if (ageHours > 24 * 10) {
			return roll < 85 ? TicketStatus.CLOSED : roll < 97 ? TicketStatus.RESOLVED : TicketStatus.ON_HOLD;
		}
		if (ageHours > 48) {
			return roll < 50 ? TicketStatus.RESOLVED : roll < 65 ? TicketStatus.CLOSED
					: roll < 80 ? TicketStatus.PENDING_CUSTOMER : TicketStatus.OPEN;
		}
		return roll < 25 ? TicketStatus.NEW : roll < 65 ? TicketStatus.OPEN
				: roll < 80 ? TicketStatus.PENDING_CUSTOMER : TicketStatus.RESOLVED;
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] weighted(Object[][] choices, Class<T> type) {
		List<T> values = new ArrayList<>();
		for (Object[] choice : choices) {
			for (int i = 0; i < (Integer) choice[1]; i++) {
				values.add((T) choice[0]);
			}
		}
		return values.toArray((T[]) java.lang.reflect.Array.newInstance(type, 0));
	}

	record DemoTicket(int customerIndex, TicketChannel channel, TicketType type, String category,
			TicketPriority priority, String subject, String description, TicketStatus status, int step, int team,
			Instant createdAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt, Instant firstResponseDue,
			Instant resolutionDue, int contactCount, List<DemoMessage> messages) {
	}

	record DemoMessage(MessageVisibility visibility, AuthorKind author, String body, Instant at) {
	}

}

package io.kairos.customer.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.kairos.customer.LifecycleStage;
import io.kairos.customer.profile.Channel;
import io.kairos.customer.profile.CustomerKind;
import io.kairos.customer.profile.Gender;

/**
 * Realistic, reproducible Chinese customers for demos and benchmarks: common surnames and given names,
 * mobile numbers on real carrier prefixes, provinces and cities weighted roughly by population, resident
 * identity numbers with a valid check digit, and a tier mix in which few customers are in the top tiers.
 * The same seed always gives the same customers.
 */
class DemoCustomerGenerator {

	static final long DEFAULT_SEED = 20_240_601L;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
			"董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "欧阳", "司马", "诸葛" };

	private static final String[] MALE_NAMES = { "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉",
			"鹏", "华", "飞", "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "晨", "博", "文", "建国", "志强",
			"建华", "子豪", "浩然", "宇轩", "子轩", "俊杰", "明辉", "家豪", "天宇", "思远", "嘉伟" };

	private static final String[] FEMALE_NAMES = { "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "婷", "雪", "慧",
			"颖", "琳", "倩", "欣", "怡", "佳", "梦", "秀英", "桂英", "丽娟", "诗涵", "子涵", "欣怡", "梓涵", "雨桐", "思琪", "晓燕",
			"美玲", "雅琴", "佳怡" };

	/** Province, its resident-id region code, its weight, its cities. */
	private record Province(String name, String code, int weight, String... cities) {
	}

	private static final Province[] PROVINCES = { new Province("广东省", "440100", 12, "广州", "深圳", "东莞", "佛山", "珠海"),
			new Province("山东省", "370100", 9, "济南", "青岛", "烟台", "潍坊"),
			new Province("河南省", "410100", 9, "郑州", "洛阳", "南阳"),
			new Province("江苏省", "320100", 8, "南京", "苏州", "无锡", "常州"),
			new Province("四川省", "510100", 8, "成都", "绵阳", "宜宾"),
			new Province("河北省", "130100", 7, "石家庄", "唐山", "保定"),
			new Province("湖南省", "430100", 6, "长沙", "株洲", "岳阳"),
			new Province("浙江省", "330100", 6, "杭州", "宁波", "温州", "嘉兴"),
			new Province("安徽省", "340100", 6, "合肥", "芜湖"), new Province("湖北省", "420100", 6, "武汉", "宜昌", "襄阳"),
			new Province("广西壮族自治区", "450100", 5, "南宁", "桂林", "柳州"), new Province("云南省", "530100", 4, "昆明", "大理"),
			new Province("福建省", "350100", 4, "福州", "厦门", "泉州"), new Province("陕西省", "610100", 4, "西安", "宝鸡"),
			new Province("辽宁省", "210100", 4, "沈阳", "大连"), new Province("北京市", "110101", 3, "北京"),
			new Province("上海市", "310101", 3, "上海"), new Province("重庆市", "500101", 3, "重庆"),
			new Province("天津市", "120101", 2, "天津"), new Province("黑龙江省", "230100", 3, "哈尔滨", "大庆") };

	private static final String[] MOBILE_PREFIXES = { "134", "135", "136", "137", "138", "139", "150", "151", "152",
			"157", "158", "159", "182", "183", "184", "187", "188", "130", "131", "132", "155", "156", "185", "186",
			"133", "153", "180", "181", "189", "199" };

	private static final String[] MAIL_DOMAINS = { "qq.com", "163.com", "126.com", "sina.com", "foxmail.com" };

	private static final String[] COMPANY_WORDS = { "华信", "恒达", "远航", "鼎盛", "博源", "星辰", "嘉禾", "宏图" };

	private static final String[] INDUSTRIES = { "科技", "贸易", "物流", "餐饮", "建材", "电子" };

	private static final String[] TAGS = { "老客户", "高价值", "投诉敏感", "宽带用户", "5G套餐", "家庭套餐", "企业主", "学生",
			"夜间勿扰", "需回访" };

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final Instant FIRST_CREATED = Instant.parse("2022-01-01T00:00:00Z");

	private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final Random random;

	private final Set<String> mobiles = new HashSet<>();

	DemoCustomerGenerator(long seed) {
		this.random = new Random(seed);
	}

	List<DemoCustomer> next(int count) {
		List<DemoCustomer> customers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			customers.add(next());
		}
		return customers;
	}

	DemoCustomer next() {
		boolean organisation = random.nextInt(100) < 5;
		Gender gender = random.nextInt(100) < 4 ? Gender.UNDISCLOSED
				: random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		boolean male = gender == Gender.MALE || (gender == Gender.UNDISCLOSED && random.nextBoolean());
		Province province = weighted();
		String city = pick(province.cities());
		LocalDate birthday = LocalDate.of(1945 + random.nextInt(62), 1, 1).plusDays(random.nextInt(365));
		String name = organisation ? city + pick(COMPANY_WORDS) + pick(INDUSTRIES) + "有限公司"
				: pick(SURNAMES) + pick(male ? MALE_NAMES : FEMALE_NAMES);
		String email = random.nextInt(100) < 35 ? mailbox() : null;
		String idNumber = !organisation && random.nextInt(100) < 40 ? residentId(province.code(), birthday, male) : null;
		return new DemoCustomer(name, organisation ? Gender.UNDISCLOSED : gender, organisation ? null : birthday,
				province.name(), city, mobile(), email, idNumber,
				organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON, tier(), stage(), channels(birthday),
				tags(), FIRST_CREATED.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60))));
	}

	private String mobile() {
		String mobile;
		do {
			mobile = "+86" + pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
		}
		while (!mobiles.add(mobile));
		return mobile;
	}

	private String mailbox() {
		String domain = pick(MAIL_DOMAINS);
		if (domain.equals("qq.com")) {
			return (10_000_000 + random.nextInt(990_000_000)) + "@" + domain;
		}
		StringBuilder local = new StringBuilder();
		for (int i = 0, n = 5 + random.nextInt(6); i < n; i++) {
			local.append((char) ('a' + random.nextInt(26)));
		}
		return local.append(random.nextInt(100)).append('@').append(domain).toString();
	}

	/** An 18-character resident identity number (GB 11643) with its ISO 7064 MOD 11-2 check character. */
	private String residentId(String regionCode, LocalDate birthday, boolean male) {
		int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
		String body = regionCode + BASIC_DATE.format(birthday) + String.format("%03d", sequence);
		return body + checkCharacter(body);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return ID_CHECK.charAt(sum % 11);
	}

	private String tier() {
		int roll = random.nextInt(100);
		return roll < 4 ? "DIAMOND" : roll < 15 ? "GOLD" : roll < 40 ? "SILVER" : "REGULAR";
	}

	private LifecycleStage stage() {
		int roll = random.nextInt(100);
		return roll < 10 ? LifecycleStage.AWARE : roll < 20 ? LifecycleStage.LEARNING
				: roll < 30 ? LifecycleStage.PURCHASE : roll < 75 ? LifecycleStage.CONSUMPTION : LifecycleStage.VALUE_ADD;
	}

	/** Older customers rather prefer a call or the store, younger ones WeChat and the web. */
	private List<Channel> channels(LocalDate birthday) {
		Channel[] favourites = birthday.getYear() < 1965
				? new Channel[] { Channel.PHONE, Channel.STORE, Channel.SMS, Channel.WECHAT }
				: new Channel[] { Channel.WECHAT, Channel.WEB, Channel.SMS, Channel.PHONE, Channel.EMAIL };
		Set<Channel> ranked = new LinkedHashSet<>();
		int wanted = 1 + random.nextInt(3);
		while (ranked.size() < wanted) {
			ranked.add(favourites[Math.min(random.nextInt(favourites.length), random.nextInt(favourites.length))]);
		}
		return List.copyOf(ranked);
	}

	private List<String> tags() {
		Set<String> tags = new LinkedHashSet<>();
		for (int i = 0, n = random.nextInt(3); i < n; i++) {
			tags.add(pick(TAGS));
		}
		return List.copyOf(tags);
	}

	private Province weighted() {
		int total = 0;
		for (Province province : PROVINCES) {
			total += province.weight();
		}
		int roll = random.nextInt(total);
		for (Province province : PROVINCES) {
			roll -= province.weight();
			if (roll < 0) {
				return province;
			}
		}
		return PROVINCES[0];
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}

}

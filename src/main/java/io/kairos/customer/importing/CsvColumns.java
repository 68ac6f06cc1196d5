package io.kairos.customer.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kairos.shared.api.ProblemException;

/**
 * The columns an import understands: each field under its accepted titles (Chinese and English, compared trimmed
 * and without regard to case). Maps a file's header row to the position of each field; an unknown or repeated
 * title, or a missing required field, is the caller's mistake (400 naming it).
 */
final class CsvColumns {

	static final CsvColumns CUSTOMERS = new CsvColumns(Map.ofEntries(Map.entry("name", List.of("姓名", "name")),
			Map.entry("mobile", List.of("手机", "手机号", "mobile")),
			Map.entry("email", List.of("邮箱", "电子邮箱", "email")),
			Map.entry("idNumber", List.of("证件号码", "身份证号", "idNumber")),
			Map.entry("birthday", List.of("生日", "birthday")), Map.entry("gender", List.of("性别", "gender")),
			Map.entry("province", List.of("省份", "province")), Map.entry("city", List.of("城市", "city")),
			Map.entry("kind", List.of("类型", "kind")), Map.entry("stage", List.of("生命周期阶段", "stage")),
			Map.entry("preferredChannels", List.of("偏好渠道", "preferredChannels")),
			Map.entry("tags", List.of("标签", "tags")),
			Map.entry("wechatOpenid", List.of("微信openid", "微信 openid", "wechatOpenid", "WeChat openid")),
			Map.entry("notes", List.of("备注", "notes")),
			Map.entry("language", List.of("沟通语言", "语言", "language")),
			Map.entry("organisation", List.of("所属组织", "organisation", "organisationId")),
			Map.entry("accountManager", List.of("客户经理", "accountManager", "account manager"))),
			Set.of("name", "mobile"));

	static final CsvColumns VALUES = new CsvColumns(Map.of("mobile", List.of("手机", "手机号", "mobile"), "amount",
			List.of("金额", "amount"), "occurredOn", List.of("日期", "occurredOn"), "kind", List.of("类型", "kind"),
			"currency", List.of("币种", "currency")), Set.of("mobile", "amount", "occurredOn", "kind"));

	private final Map<String, String> fieldByTitle = new HashMap<>();

	private final Set<String> required;

	CsvColumns(Map<String, List<String>> titles, Set<String> required) {
		titles.forEach((field, names) -> names.forEach(name -> fieldByTitle.put(normal(name), field)));
		this.required = Set.copyOf(required);
	}

	/** The position of each field named in the header, in the header's order. */
	Map<String, Integer> positions(List<String> header) {
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i) == null ? "" : header.get(i).strip();
			String field = fieldByTitle.get(normal(title));
			if (field == null) {
				throw ProblemException.invalid(title, "problem.import.unknown-column", title);
			}
			if (positions.putIfAbsent(field, i) != null) {
				throw ProblemException.invalid(field, "problem.import.repeated-column", title);
			}
		}
		required.stream()
			.sorted()
			.filter(field -> !positions.containsKey(field))
			.findFirst()
			.ifPresent(field -> {
				throw ProblemException.invalid(field, "problem.import.missing-column", field);
			});
		return positions;
	}

	private static String normal(String title) {
		String stripped = title.startsWith("\uFEFF") ? title.substring(1) : title;
		return stripped.strip().toLowerCase(Locale.ROOT);
	}

}

package io.kairos.customer.importing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CsvColumnsTests {

	@Test
	void chineseTitlesMapToTheirFields() {
		Map<String, Integer> positions = CsvColumns.CUSTOMERS.positions(List.of("姓名", "手机号", "电子邮箱", "身份证号",
				"生日", "性别", "省份", "城市", "类型", "生命周期阶段", "偏好渠道", "标签"));

		assertThat(positions).containsExactly(entry("name", 0), entry("mobile", 1), entry("email", 2),
				entry("idNumber", 3), entry("birthday", 4), entry("gender", 5), entry("province", 6), entry("city", 7),
				entry("kind", 8), entry("stage", 9), entry("preferredChannels", 10), entry("tags", 11));
	}

	@Test
	void englishTitlesAreTrimmedAndCaseInsensitive() {
		assertThat(CsvColumns.CUSTOMERS.positions(List.of(" MOBILE ", "Name", "idnumber", "\uFEFFemail")))
			.containsExactly(entry("mobile", 0), entry("name", 1), entry("idNumber", 2), entry("email", 3));
		assertThat(CsvColumns.CUSTOMERS.positions(List.of("手机", "姓名", "邮箱", "证件号码")))
			.containsExactly(entry("mobile", 0), entry("name", 1), entry("email", 2), entry("idNumber", 3));
	}

	@Test
	void anUnknownTitleIsRefusedNamingIt() {
		assertThatThrownBy(() -> CsvColumns.CUSTOMERS.positions(List.of("姓名", "手机", "微信号")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("problem.import.unknown-column");
				assertThat(problem.arguments()).containsExactly("微信号");
			});
	}

	@Test
	void aMissingRequiredColumnIsRefusedNamingIt() {
		assertThatThrownBy(() -> CsvColumns.CUSTOMERS.positions(List.of("姓名", "城市")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.messageKey()).isEqualTo("problem.import.missing-column");
				assertThat(problem.field()).isEqualTo("mobile");
			});
		assertThatThrownBy(() -> CsvColumns.CUSTOMERS.positions(List.of("mobile")))
			.isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.field()).isEqualTo("name"));
	}

	@Test
	void aFieldTwiceIsRefused() {
		assertThatThrownBy(() -> CsvColumns.CUSTOMERS.positions(List.of("姓名", "手机", "mobile")))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("problem.import.repeated-column"));
	}

	@Test
	void valueColumnsNeedMobileAmountDateAndKindButNotCurrency() {
		assertThat(CsvColumns.VALUES.positions(List.of("手机", "金额", "日期", "类型")))
			.containsExactly(entry("mobile", 0), entry("amount", 1), entry("occurredOn", 2), entry("kind", 3));
		assertThat(CsvColumns.VALUES.positions(List.of("mobile", "amount", "occurredOn", "kind", "币种")))
			.containsEntry("currency", 4);
		assertThatThrownBy(() -> CsvColumns.VALUES.positions(List.of("手机", "金额", "类型")))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.field()).isEqualTo("occurredOn"));
	}

}

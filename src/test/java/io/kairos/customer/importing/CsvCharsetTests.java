package io.kairos.customer.importing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.kairos.shared.api.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvCharsetTests {

	static final String CHINESE = "姓名,手机\n张伟,13800138000\n";

	@Test
	void utf8WithoutBomIsReadAsUtf8() {
		byte[] bytes = CHINESE.getBytes(StandardCharsets.UTF_8);

		assertThat(CsvCharset.detect(bytes)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvCharset.decode(bytes, null)).isEqualTo(CHINESE);
	}

	@Test
	void utf8WithBomIsReadAsUtf8AndTheBomIsDropped() {
		byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);

		assertThat(CsvCharset.detect(bytes)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvCharset.decode(bytes, null)).isEqualTo(CHINESE);
	}

	@Test
	void gb18030IsRecognisedWhenTheBytesAreNoUtf8() {
		byte[] bytes = CHINESE.getBytes(CsvCharset.GB18030);

		assertThat(CsvCharset.detect(bytes)).isEqualTo(CsvCharset.GB18030);
		assertThat(CsvCharset.decode(bytes, null)).isEqualTo(CHINESE);
	}

	@Test
	void plainAsciiIsUtf8() {
		assertThat(CsvCharset.detect("name,mobile\n".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aNamedCharsetOverridesTheGuess() {
		byte[] gb = CHINESE.getBytes(CsvCharset.GB18030);

		assertThat(CsvCharset.decode(gb, "GB18030")).isEqualTo(CHINESE);
		assertThat(CsvCharset.decode(gb, "utf-8")).isNotEqualTo(CHINESE).contains("\uFFFD");
		assertThat(CsvCharset.decode(CHINESE.getBytes(StandardCharsets.UTF_8), " UTF-8 ")).isEqualTo(CHINESE);
	}

	@Test
	void otherCharsetsAreRefusedNamingTheParameter() {
		assertThatThrownBy(() -> CsvCharset.decode(new byte[0], "latin1")).isInstanceOfSatisfying(ProblemException.class,
				problem -> {
					assertThat(problem.field()).isEqualTo("charset");
					assertThat(problem.messageKey()).isEqualTo("problem.import.charset");
				});
	}

}

package io.kairos.customer.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** every formula-injection vector gets a leading apostrophe; everything else is left exactly as it is. */
class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(1)",
			"\tplain after a tab", "\t=1+1", "\rplain after a carriage return", "\r=1+1", "\n-3+3+cmd|' /C calc'!A0",
			"  =1+1", "\r\n@SUM(1)", "\u3000=1+1", "＝1+1", "＋86", "－1", "＠SUM(1)", "=", "-", "'=already quoted" })
	void formulaVectorsArePrefixedWithAnApostrophe(String vector) {
		String neutralised = SpreadsheetCells.neutralise(vector);

		if (vector.startsWith("'")) {
			assertThat(neutralised).as("a leading apostrophe is already text").isEqualTo(vector);
		}
		else {
			assertThat(neutralised).isEqualTo("'" + vector);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "张三", "Zhang San", "138****8000", "z***@example.com", "a-b", "1+1", "x=y",
			"VIP;老客户", "2000-02-29", " leading space", "email@host", "" })
	void ordinaryValuesAreUnchanged(String value) {
		assertThat(SpreadsheetCells.neutralise(value)).isEqualTo(value);
	}

	@org.junit.jupiter.api.Test
	void nullStaysNull() {
		assertThat(SpreadsheetCells.neutralise(null)).isNull();
	}

}

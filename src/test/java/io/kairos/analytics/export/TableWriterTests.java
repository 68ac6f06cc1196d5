package io.kairos.analytics.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.kairos.analytics.dashboard.DashboardTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A-21 (TESTING.md; osTicket CVE-2019-14749, HackerOne #223999): texts that a spreadsheet would run as formulas are
 * exported as text with a leading apostrophe, in CSV read back with a CSV parser and in XLSX read back with Apache
 * POI as string cells; everything else, numbers and Chinese included, round-trips exactly.
 */
class TableWriterTests {

	static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-1+1",
			"@SUM(1)", "\t=1+2", "\r=1+2", "\n-3+3+cmd|' /C calc'!A0", "  =1+1", "＝1+1");

	static final List<String> HARMLESS = List.of("华东一组", "Team A", "3-2", "a=b", "");

	@Test
	void dangerousTextsAreNeutralisedAndOthersLeftAlone() {
		DANGEROUS.forEach(text -> assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text));
		HARMLESS.forEach(text -> assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text));
	}

	@Test
	void csvStartsWithAByteOrderMarkAndCarriesThePrefixedTexts() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter.csv(table(), out);

		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		List<CSVRecord> records;
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			records = CSVFormat.RFC4180.parse(reader).getRecords();
		}
		assertThat(records.get(0).toList()).containsExactly("名称", "'=cmd", "count");
		for (int i = 0; i < DANGEROUS.size(); i++) {
			assertThat(records.get(i + 1).get(0)).isEqualTo("'" + DANGEROUS.get(i));
			assertThat(records.get(i + 1).get(2)).isEqualTo(Integer.toString(i));
		}
		for (int i = 0; i < HARMLESS.size(); i++) {
			assertThat(records.get(DANGEROUS.size() + i + 1).get(0)).isEqualTo(HARMLESS.get(i));
		}
		assertThat(records.get(records.size() - 1).get(1)).isEqualTo("0.875");
	}

	@Test
	void xlsxHoldsEveryTextAsAStringCellAndNeverAFormula() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TableWriter.xlsx(table(), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("'=cmd");
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				for (int c = 0; c < row.getLastCellNum(); c++) {
					assertThat(row.getCell(c).getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
			for (int i = 0; i < DANGEROUS.size(); i++) {
				XSSFRow row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
				assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(i);
			}
			XSSFRow last = sheet.getRow(sheet.getLastRowNum());
			assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(0.875);
		}
	}

	static DashboardTable table() {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < DANGEROUS.size(); i++) {
			rows.add(List.of(DANGEROUS.get(i), DANGEROUS.get(i), i));
		}
		HARMLESS.forEach(text -> rows.add(List.of(text, "x", 1)));
		rows.add(List.of("rate", new java.math.BigDecimal("0.875"), 7));
		return new DashboardTable("teams", "团队 Teams", List.of("名称", "=cmd", "count"), rows);
	}

}

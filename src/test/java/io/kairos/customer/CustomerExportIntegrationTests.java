package io.kairos.customer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk export of customers as CSV and XLSX (A-21, A-24, L-06, acceptance 7): 100 customers whose names start
 * with a formula character come back as text, prefixed with an apostrophe, everything else exactly; contact
 * data masked; agents refused; every export audited with its row count.
 */
@KairosIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerExportIntegrationTests {

	/**
	 * Names as A-21 attacks them. Leading TAB, CR and LF are refused by the name rule (no control characters)
	 * and leading spaces are stripped, so those vectors are covered by {@code SpreadsheetCellsTests}.
	 */
	static final List<String> VECTORS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-1+1",
			"@SUM(1)", "＝1+1", "=1+1", "+86", "-", "@");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Http http;

	String run;

	/** Expected row per customer id: name, mobile (masked), city, tags, as exported. */
	final Map<String, Expected> expected = new HashMap<>();

	@BeforeAll
	void hundredCustomersWithFormulaNames() {
		http = new Http(port);
		run = "x" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
		String agent = CustomerTestData.token(http, "agent");
		for (int i = 0; i < 100; i++) {
			String name = VECTORS.get(i % VECTORS.size()) + " " + run + " " + i;
			String mobile = CustomerTestData.freshMobile();
			ObjectNode body = JSON.createObjectNode().put("name", name).put("mobile", mobile).put("city", "@杭州 " + i);
			body.putArray("tags").add(i % 2 == 0 ? "=1+1" : "普通");
			HttpResponse<String> created = http.postJson("/api/v1/customers", agent, body.toString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String id = Long.toString(Http.json(created.body()).get("id").asLong());
			expected.put(id, new Expected("'" + name, CustomerTestData.masked(mobile), "'@杭州 " + i,
					i % 2 == 0 ? "'=1+1" : "普通"));
		}
	}

	@Test
	void csvExportNeutralisesFormulasMasksContactDataAndRoundTrips() throws IOException {
		HttpResponse<byte[]> response = download("/api/v1/customers/export.csv?q=" + run, "manager");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		String text = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(records).hasSize(101);
		List<List<String>> rows = new ArrayList<>();
		records.subList(1, records.size()).forEach(record -> rows.add(record.toList()));
		assertRows(rows);
		assertThat(CustomerApiIntegrationTests.FULL_MOBILE.matcher(text).find()).isFalse();
		assertAudited("csv");
	}

	// Acceptance 7: opened with Apache POI, every cell is text.
	@Test
	void xlsxExportHasOnlyTextCellsAndRoundTrips() throws IOException {
		HttpResponse<byte[]> response = download("/api/v1/customers/export.xlsx?q=" + run, "admin");

		assertThat(response.statusCode()).isEqualTo(200);
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(100);
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as("cell " + cell.getAddress()).isEqualTo(CellType.STRING);
					values.add(cell.getStringCellValue());
				}
				if (row.getRowNum() > 0) {
					rows.add(values);
				}
			}
		}
		assertRows(rows);
		assertAudited("xlsx");
	}

	@Test
	void agentsMayNotExport() {
		assertThat(download("/api/v1/customers/export.csv", "agent").statusCode()).isEqualTo(403);
		assertThat(download("/api/v1/customers/export.xlsx", "agent").statusCode()).isEqualTo(403);
		assertThat(download("/api/v1/customers/export.csv", "supervisor").statusCode()).isEqualTo(403);
	}

	@Test
	void headersFollowTheCallersLanguage() {
		HttpResponse<byte[]> zh = http.sendBytes(http.request("/api/v1/customers/export.csv?q=" + run)
			.header("Authorization", "Bearer " + CustomerTestData.token(http, "manager"))
			.header("Accept-Language", "zh-CN"));
		HttpResponse<byte[]> en = http.sendBytes(http.request("/api/v1/customers/export.csv?q=" + run)
			.header("Authorization", "Bearer " + CustomerTestData.token(http, "manager"))
			.header("Accept-Language", "en"));

		assertThat(new String(zh.body(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).contains("客户编号");
		assertThat(new String(en.body(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).contains("Customer ID");
	}

	private void assertRows(List<List<String>> rows) {
		assertThat(rows).hasSize(100);
		for (List<String> row : rows) {
			Expected want = expected.get(row.get(0));
			assertThat(want).as("row for customer " + row.get(0)).isNotNull();
			assertThat(row.get(1)).isEqualTo(want.name());
			assertThat(row.get(5)).isEqualTo(want.city());
			assertThat(row.get(6)).isEqualTo(want.mobile());
			assertThat(row.get(13)).isEqualTo(want.tags());
			assertThat(row.get(10)).isEqualTo("REGULAR");
			assertThat(row.get(2)).isEqualTo("UNDISCLOSED");
		}
	}

	private void assertAudited(String format) {
		JsonNode audit = Http.json(http.get("/api/v1/audit-events?action=customer.list-exported&size=100",
				CustomerTestData.token(http, "admin")).body());
		assertThat(audit.get("items").valueStream()
			.map(item -> item.get("detail").asString())
			.filter(detail -> detail.contains("\"format\":\"" + format + "\""))
			.findFirst()).hasValueSatisfying(detail -> assertThat(detail).contains("\"rows\":100", "\"complete\":true")
				.doesNotContain(run));
	}

	private HttpResponse<byte[]> download(String path, String username) {
		return http.sendBytes(http.request(path).header("Authorization", "Bearer " + CustomerTestData.token(http, username)));
	}

	record Expected(String name, String mobile, String city, String tags) {
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

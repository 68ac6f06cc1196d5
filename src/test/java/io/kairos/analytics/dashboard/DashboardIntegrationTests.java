package io.kairos.analytics.dashboard;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.analytics.GroupBy;
import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiQuery;
import io.kairos.analytics.KpiRecords;
import io.kairos.analytics.KpiRecords.Counted;
import io.kairos.analytics.KpiValue;
import io.kairos.analytics.Kpis;
import io.kairos.desk.DeskTestData;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards per role, the drill-down's definition and the exports: every KPI figure, for the whole service and
 * per team, is the total of the tickets its drill-down lists (the same facts, the same counters); each viewer gets
 * their role's dashboard and no other; a dashboard table exports as CSV and XLSX with a formula-like team name as
 * text, audited; bad filters are refused with 400.
 */
@KairosIntegrationTest
class DashboardIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	Kpis kpis;

	@Autowired
	KpiRecords records;

	@Autowired
	JdbcClient jdbc;

	static boolean rebuilt;

	@Test
	void everyFigureIsTheTotalOfTheTicketsItsDrillDownLists() {
		rebuildOnce();
		LocalDate to = LocalDate.now(ZONE);
		KpiQuery year = KpiQuery.of(to.minusDays(365), to);
		List<KpiValue> all = kpis.compute(year);
		assertThat(all.stream().filter(v -> v.kpi() == Kpi.RESOLVED).findFirst().orElseThrow().value())
			.as("demo data has resolved tickets").isPositive();
		compare(all, year);
		for (KpiValue team : kpis.compute(year.groupedBy(GroupBy.TEAM))) {
			if (team.kpi() != Kpi.COMPLAINT_RATE) {
				compare(List.of(team), year.forTeam(Long.valueOf(team.group())));
			}
		}
		for (KpiValue channel : kpis.compute(year.groupedBy(GroupBy.CHANNEL))) {
			compare(List.of(channel), new KpiQuery(year.from(), year.to(), GroupBy.NONE, null, channel.group(), null,
					null, null));
		}
	}

	private void compare(List<KpiValue> values, KpiQuery query) {
		for (KpiValue value : values) {
			Counted counted = Counted.of(value.kpi()).orElse(null);
			if (counted == null || value.kpi() == Kpi.COMPLAINT_RATE || value.kpi() == Kpi.FIRST_RESPONSE_MEDIAN) {
				continue;
			}
			BigDecimal expected = value.kpi().unit() == Kpi.Unit.COUNT ? value.value() : value.denominator();
			long listed = records.tickets(counted, query, 0, 1).total();
			assertThat(listed).as("%s %s", value.kpi(), query).isEqualTo(expected == null ? 0 : expected.longValue());
			Counted numerator = Counted.numeratorOf(value.kpi()).orElse(null);
			if (numerator != null && value.numerator() != null) {
				assertThat(records.tickets(numerator, query, 0, 1).total()).as("%s numerator %s", value.kpi(), query)
					.isEqualTo(value.numerator().longValue());
			}
		}
	}

	@Test
	void eachViewerGetsTheirRolesDashboardAndNoOther() {
		rebuildOnce();
		for (String[] expected : new String[][] { { "agent", "agent" }, { "supervisor", "supervisor" },
				{ "manager", "manager" }, { "analyst", "manager" } }) {
			Http http = new Http(port);
			assertThat(http.login(expected[0], Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
			HttpResponse<String> main = http.send(http.request("/analytics/dashboard").GET());
			assertThat(main.statusCode()).isEqualTo(302);
			assertThat(main.headers().firstValue("Location").orElseThrow()).endsWith("/analytics/dashboard/" + expected[1]);
			HttpResponse<String> page = http.send(http.request("/analytics/dashboard/" + expected[1]).GET());
			assertThat(page.statusCode()).as(expected[0]).isEqualTo(200);
			assertThat(page.body()).contains("id=\"tab-" + expected[1] + "\"").contains("dashboard-section");
		}
		Http agent = new Http(port);
		agent.login("agent", Http.DEMO_PASSWORD);
		assertThat(agent.send(agent.request("/analytics/dashboard/manager").GET()).statusCode()).isEqualTo(403);
		Http manager = new Http(port);
		manager.login("manager", Http.DEMO_PASSWORD);
		assertThat(manager.send(manager.request("/analytics/dashboard/supervisor").GET()).body())
			.contains("id=\"tab-manager\"").contains("id=\"tab-supervisor\"");
		Http admin = new Http(port);
		admin.login("admin", Http.DEMO_PASSWORD);
		assertThat(admin.send(admin.request("/analytics/dashboard").GET()).statusCode()).isEqualTo(403);
	}

	@Test
	void badFiltersAreRefusedWith400() {
		Http http = new Http(port);
		http.login("manager", Http.DEMO_PASSWORD);
		for (String query : List.of("from=yesterday", "from=2026-02-01&to=2026-01-01", "team=x", "channel=PIGEON",
				"from=2020-01-01&to=2026-01-01")) {
			assertThat(http.send(http.request("/analytics/dashboard/manager?" + query).GET()).statusCode()).as(query)
				.isEqualTo(400);
		}
		assertThat(http.send(http.request("/analytics/drill?counted=nothing").GET()).statusCode()).isEqualTo(400);
		assertThat(http.send(http.request("/analytics/drill?counted=resolved&page=x").GET()).statusCode())
			.isEqualTo(400);
	}

	// Acceptance 6, A-21: a formula-like team name exports as text in CSV and XLSX; each export is audited.
	@Test
	void aDashboardTableExportsAsCsvAndXlsxWithDangerousTextsAsText() throws Exception {
		Http http = new Http(port);
		String name = "=cmd|' /C calc'!A0 " + UUID.randomUUID().toString().substring(0, 8);
		long team = DeskTestData.team(http, name);
		DeskTestData.open(http, DeskTestData.token(http, "agent"), "导出测试", "\"teamId\":" + team);
		assertThat(http.login("manager", Http.DEMO_PASSWORD).statusCode()).isEqualTo(302);
		String today = LocalDate.now(ZONE).toString();
		String path = "/analytics/dashboard/manager/export/teams.%s?from=" + today + "&to=" + today;
		long auditsBefore = audits();

		List<CSVRecord> csv = null;
		for (int i = 0; i < 100; i++) {
			csv = csv(http.sendBytes(http.request(path.formatted("csv")).GET()).body());
			if (csv.stream().anyMatch(r -> r.get(0).equals("'" + name))) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(csv).anySatisfy(record -> {
			assertThat(record.get(0)).isEqualTo("'" + name);
			assertThat(record.get(1)).isEqualTo("1");
		});

		HttpResponse<byte[]> xlsx = http.sendBytes(http.request(path.formatted("xlsx")).GET());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("manager-teams-");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Row found = null;
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
				if (row.getCell(0).getStringCellValue().equals("'" + name)) {
					found = row;
				}
			}
			assertThat(found).as("the team's row").isNotNull();
			assertThat(found.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(found.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(found.getCell(1).getNumericCellValue()).isEqualTo(1);
		}
		assertThat(audits()).isGreaterThanOrEqualTo(auditsBefore + 2);
		assertThat(http.send(http.request(path.formatted("pdf")).GET()).statusCode()).isEqualTo(404);
		assertThat(http.send(http.request("/analytics/dashboard/manager/export/nothing.csv").GET()).statusCode())
			.isEqualTo(404);
	}

	private long audits() {
		return jdbc.sql("select count(*) from audit_event where action = 'analytics.table-exported' and actor = 'manager'")
			.query(Long.class)
			.single();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws Exception {
		assertThat(bytes).startsWith(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.parse(reader).getRecords();
		}
	}

	private synchronized void rebuildOnce() {
		if (!rebuilt) {
			Http http = new Http(port);
			HttpResponse<String> response = http.postJson("/api/v1/analytics/rebuild", http.tokenFor("admin"), "{}");
			assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
			rebuilt = true;
		}
	}

}

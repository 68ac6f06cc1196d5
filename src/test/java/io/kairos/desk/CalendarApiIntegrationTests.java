package io.kairos.desk;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.shared.time.calendar.BusinessCalendar;
import io.kairos.shared.time.calendar.SlaClock;
import io.kairos.shared.time.calendar.SpecialDatesCsv;
import io.kairos.shared.time.calendar.WorkingInterval;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business calendars over the API and the {@link BusinessCalendars} facade: the seeded default (Mainland China,
 * 2026 dates of the State Council notice 国务院办公厅关于2026年部分节假日安排的通知) and 24×7 calendars, creation
 * with validation naming the field, all-or-nothing imports naming the line, audit and permissions.
 */
@KairosIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessCalendars businessCalendars;

	Http http;

	String admin;

	String agent;

	String analyst;

	String run;

	@BeforeAll
	void tokens() {
		Http setup = new Http(port);
		admin = StaffAccounts.adminToken(setup);
		agent = setup.tokenFor(StaffAccounts.create(setup, "cal-agent", "AGENT").username(), StaffAccounts.PASSWORD);
		analyst = setup.tokenFor(StaffAccounts.create(setup, "cal-analyst", "QUALITY_ANALYST").username(),
				StaffAccounts.PASSWORD);
	}

	@BeforeEach
	void client() {
		http = new Http(port);
		run = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36).toUpperCase();
	}

	@Test
	void theDefaultIsMainlandChinaWithThe2026DatesOfTheNoticeAndThereIsA24x7Calendar() throws IOException {
		HttpResponse<String> list = http.get("/api/v1/calendars", agent);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		JsonNode items = Http.json(list.body()).get("items");
		JsonNode china = find(items, "CN_MAINLAND");
		assertThat(china.get("defaultCalendar").asBoolean()).isTrue();
		assertThat(china.get("nameZh").asString()).isEqualTo("中国大陆工作日");
		assertThat(china.get("nameEn").asString()).isEqualTo("Mainland China business days");
		assertThat(china.get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(texts(china.get("weeklyHours").get("MONDAY"))).containsExactly("09:00-12:00", "13:00-18:00");
		assertThat(texts(china.get("weeklyHours").get("FRIDAY"))).containsExactly("09:00-12:00", "13:00-18:00");
		assertThat(china.get("weeklyHours").get("SATURDAY").isEmpty()).isTrue();
		assertThat(texts(find(items, "ALWAYS").get("weeklyHours").get("SUNDAY"))).containsExactly("00:00-24:00");
		assertThat(china.get("id").asLong()).isEqualTo(businessCalendars.defaultCalendarId());

		HttpResponse<String> one = http.get("/api/v1/calendars/" + china.get("id").asLong() + "?year=2026", analyst);
		assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
		List<String> stored = new ArrayList<>();
		Http.json(one.body()).get("dates").forEach(date -> stored.add(date.get("date").asString() + ","
				+ date.get("kind").asString() + "," + date.get("nameZh").asString() + "," + date.get("nameEn").asString()));
		try (InputStream file = getClass().getResourceAsStream("/calendars/cn-2026.csv")) {
			assertThat(stored).isEqualTo(SpecialDatesCsv.read(file)
				.stream()
				.map(date -> date.date() + "," + date.kind() + "," + date.nameZh() + "," + date.nameEn())
				.toList());
		}
	}

	@Test
	void theFacadeGivesTheDefaultCalendarAsTheSlaClockNeedsIt() {
		BusinessCalendar calendar = businessCalendars.defaultCalendar();
		assertThat(calendar.zone().getId()).isEqualTo("Asia/Shanghai");
		assertThat(calendar.hoursOn(LocalDate.parse("2026-03-10")))
			.containsExactly(WorkingInterval.parse("09:00-12:00"), WorkingInterval.parse("13:00-18:00"));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-17"))).isFalse();
		// the worked example: opened Sat 14 Feb 2026 17:00 (a make-up day), 8 h → Tue 24 Feb 17:00
		assertThat(SlaClock.on(calendar)
			.dueAt(java.time.LocalDateTime.parse("2026-02-14T17:00").atZone(calendar.zone()).toInstant(),
					Duration.ofHours(8), List.of()))
			.contains(java.time.LocalDateTime.parse("2026-02-24T17:00").atZone(calendar.zone()).toInstant());
	}

	@Test
	void anAdministratorCreatesACalendarWithHoursAndDatesAndItIsAudited() {
		HttpResponse<String> created = http.postJson("/api/v1/calendars", admin, """
				{"code":"%s","nameZh":"上海门店","nameEn":"Shanghai shop","timeZone":"Asia/Shanghai",
				 "weeklyHours":{"MONDAY":["13:00-18:00","08:30-12:00"],"SATURDAY":["10:00-16:00"]},
				 "dates":[{"date":"2027-01-01","kind":"HOLIDAY","nameZh":"元旦","nameEn":"New Year's Day"},
				          {"date":"2027-01-03","kind":"workday","nameZh":"补班","nameEn":"Make-up day"}]}"""
			.formatted(run));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode view = Http.json(created.body());
		long id = view.get("id").asLong();
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/calendars/" + id);
		assertThat(view.get("defaultCalendar").asBoolean()).isFalse();
		assertThat(texts(view.get("weeklyHours").get("MONDAY"))).containsExactly("08:30-12:00", "13:00-18:00");
		assertThat(view.get("weeklyHours").get("TUESDAY").isEmpty()).isTrue();
		assertThat(view.get("dates")).hasSize(2);
		assertThat(view.get("dates").get(1).get("kind").asString()).isEqualTo("WORKDAY");

		BusinessCalendar calendar = businessCalendars.get(id);
		assertThat(calendar.hoursOn(LocalDate.parse("2027-01-03")))
			.containsExactly(WorkingInterval.parse("08:30-12:00"), WorkingInterval.parse("13:00-18:00"));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();

		assertThat(jdbc.sql("select detail from audit_event where action = 'calendar.created' and subject_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).contains(run).contains("Asia/Shanghai");

		HttpResponse<String> again = http.postJson("/api/v1/calendars", admin, """
				{"code":"%s","nameZh":"重复","nameEn":"Again","timeZone":"UTC","weeklyHours":{"MONDAY":["09:00-17:00"]}}"""
			.formatted(run));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
		assertThat(field(again)).isEqualTo("code");
	}

	@Test
	void invalidCalendarsAreRefusedNamingTheFieldAndNothingIsStored() {
		long before = calendarCount();
		String valid = """
				"code":"%s","nameZh":"测试","nameEn":"Test","timeZone":"Asia/Shanghai\"""".formatted(run);
		refused("{" + valid + "}", "weeklyHours", "Required.");
		refused("{" + valid.replace("Asia/Shanghai", "Mars/Olympus") + ",\"weeklyHours\":{\"MONDAY\":[\"09:00-17:00\"]}}",
				"timeZone", "Name a time zone such as Asia/Shanghai.");
		refused("{" + valid.replace(run, "lower") + ",\"weeklyHours\":{\"MONDAY\":[\"09:00-17:00\"]}}", "code",
				"Use 2 to 32 capital letters, digits or _, starting with a letter.");
		refused("{" + valid.replace("\"nameEn\":\"Test\"", "\"nameEn\":\" \"") + ",\"weeklyHours\":{\"MONDAY\":[\"09:00-17:00\"]}}",
				"nameEn", "Required.");
		refused("{" + valid + ",\"weeklyHours\":{\"MONDAY\":[\"09:00-12:00\",\"18:00-09:00\"]}}", "weeklyHours.MONDAY[1]",
				"Use HH:mm-HH:mm with the end after the start, such as 09:00-12:00 (24:00 ends the day).");
		refused("{" + valid + ",\"weeklyHours\":{\"MONDAY\":[\"09:00-12:00\",\"11:00-13:00\"]}}", "weeklyHours.MONDAY[1]",
				"Working hours on one day must not overlap.");
		refused("{" + valid + ",\"weeklyHours\":{\"FUNDAY\":[\"09:00-12:00\"]}}", "weeklyHours.FUNDAY",
				"Use each of MONDAY to SUNDAY at most once.");
		refused("{" + valid + ",\"weeklyHours\":{\"MONDAY\":[]}}", "weeklyHours", "Give working hours for at least one weekday.");
		String hours = ",\"weeklyHours\":{\"MONDAY\":[\"09:00-17:00\"]}";
		refused("{" + valid + hours + ",\"dates\":[{\"date\":\"2027-02-30\",\"kind\":\"HOLIDAY\",\"nameZh\":\"假\",\"nameEn\":\"Off\"}]}",
				"dates[0].date", "Use a date in the form yyyy-MM-dd.");
		refused("{" + valid + hours + ",\"dates\":[{\"date\":\"2027-02-03\",\"kind\":\"HOLIDAY\",\"nameZh\":\"假\",\"nameEn\":\"Off\"},"
				+ "{\"date\":\"2027-02-04\",\"kind\":\"VACATION\",\"nameZh\":\"假\",\"nameEn\":\"Off\"}]}",
				"dates[1].kind", "Use HOLIDAY or WORKDAY.");
		refused("{" + valid + hours + ",\"dates\":[{\"date\":\"2027-02-03\",\"kind\":\"HOLIDAY\",\"nameZh\":\"假\",\"nameEn\":\"Off\"},"
				+ "{\"date\":\"2027-02-03\",\"kind\":\"WORKDAY\",\"nameZh\":\"假\",\"nameEn\":\"Off\"}]}",
				"dates[1].date", "This date is listed twice.");
		assertThat(calendarCount()).isEqualTo(before);
	}

	@Test
	void anImportReplacesTheYearsOfTheFileAndTheFacadeSeesIt() {
		long id = createCalendar();
		BusinessCalendar cached = businessCalendars.get(id);
		assertThat(cached.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();

		HttpResponse<String> first = importCsv(id, """
				# 2027, a first guess
				date,kind,name_zh,name_en
				2027-02-08,HOLIDAY,春节,Spring Festival
				2027-02-09,HOLIDAY,春节,Spring Festival
				""", admin, "en");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(Http.json(first.body()).get("years").get(0).asInt()).isEqualTo(2027);
		assertThat(Http.json(first.body()).get("holidays").asInt()).isEqualTo(2);
		assertThat(businessCalendars.get(id).isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();

		HttpResponse<String> second = importCsv(id, """
				date,kind,name_zh,name_en
				2027-02-06,WORKDAY,春节调休上班,Spring Festival make-up working day
				2027-02-10,HOLIDAY,春节,Spring Festival
				""", admin, "en");
		assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
		assertThat(Http.json(second.body()).get("replaced").asInt()).isEqualTo(2);
		assertThat(dates(id, 2027)).containsExactly("2027-02-06 WORKDAY", "2027-02-10 HOLIDAY");
		BusinessCalendar updated = businessCalendars.get(id);
		assertThat(updated.isWorkingDay(LocalDate.parse("2027-02-08"))).isTrue();
		assertThat(updated.isWorkingDay(LocalDate.parse("2027-02-06"))).isTrue();
		assertThat(updated.isWorkingDay(LocalDate.parse("2027-02-10"))).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'calendar.dates.imported' and subject_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aBadLineRefusesTheWholeFileNamingTheLine() {
		long id = createCalendar();
		importCsv(id, "date,kind,name_zh,name_en\n2027-10-01,HOLIDAY,国庆节,National Day\n", admin, "en");
		List<String> before = dates(id, null);

		HttpResponse<String> badDate = importCsv(id, """
				date,kind,name_zh,name_en
				2027-10-02,HOLIDAY,国庆节,National Day
				2027-10-32,HOLIDAY,国庆节,National Day
				""", admin, "en");
		assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
		assertThat(field(badDate)).isEqualTo("file");
		assertThat(Http.json(badDate.body()).get("detail").asString())
			.isEqualTo("Line 3: \"2027-10-32\" is not a date in the form yyyy-MM-dd.");

		HttpResponse<String> badKind = importCsv(id, """
				# comment
				date,kind,name_zh,name_en
				2027-10-02,HOLIDAY,国庆节,National Day
				2027-10-03,FEAST,国庆节,National Day
				""", admin, "zh-CN");
		assertThat(badKind.statusCode()).isEqualTo(400);
		assertThat(Http.json(badKind.body()).get("detail").asString())
			.isEqualTo("第 4 行：类型“FEAST”既不是 HOLIDAY 也不是 WORKDAY。");

		HttpResponse<String> duplicate = importCsv(id, """
				date,kind,name_zh,name_en
				2027-10-02,HOLIDAY,国庆节,National Day
				2027-10-02,WORKDAY,国庆节,National Day
				""", admin, "en");
		assertThat(Http.json(duplicate.body()).get("detail").asString()).startsWith("Line 3:").contains("2027-10-02");

		HttpResponse<String> noHeader = importCsv(id, "2027-10-02,HOLIDAY,国庆节,National Day\n", admin, "en");
		assertThat(Http.json(noHeader.body()).get("detail").asString()).startsWith("Line 1:");

		HttpResponse<String> notUtf8 = send(id, "date,kind,name_zh,name_en\n2027-10-02,HOLIDAY,国庆节,National Day\n"
			.getBytes(java.nio.charset.Charset.forName("GB18030")), admin, "en");
		assertThat(notUtf8.statusCode()).isEqualTo(400);
		assertThat(Http.json(notUtf8.body()).get("detail").asString()).isEqualTo("The file is not UTF-8 text.");

		HttpResponse<String> empty = importCsv(id, "date,kind,name_zh,name_en\n", admin, "en");
		assertThat(Http.json(empty.body()).get("detail").asString()).isEqualTo("The file lists no dates.");

		assertThat(dates(id, null)).isEqualTo(before);
		assertThat(importCsv(987654321L, "date,kind,name_zh,name_en\n2027-10-02,HOLIDAY,a,b\n", admin, "en").statusCode())
			.isEqualTo(404);
	}

	@Test
	void readsNeedTheReadPermissionAndWritesNeedDeskAdmin() {
		long id = businessCalendars.defaultCalendarId();
		assertThat(http.get("/api/v1/calendars", null).statusCode()).isEqualTo(401);
		assertThat(http.get("/api/v1/calendars/" + id, analyst).statusCode()).isEqualTo(200);
		long before = calendarCount();
		HttpResponse<String> create = http.postJson("/api/v1/calendars", agent, """
				{"code":"%s","nameZh":"测试","nameEn":"Test","timeZone":"UTC","weeklyHours":{"MONDAY":["09:00-17:00"]}}"""
			.formatted(run));
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(calendarCount()).isEqualTo(before);
		List<String> dates = dates(id, null);
		assertThat(importCsv(id, "date,kind,name_zh,name_en\n2027-10-02,HOLIDAY,国庆节,National Day\n", agent, "en")
			.statusCode()).isEqualTo(403);
		assertThat(importCsv(id, "date,kind,name_zh,name_en\n2027-10-02,HOLIDAY,国庆节,National Day\n", analyst, "en")
			.statusCode()).isEqualTo(403);
		assertThat(dates(id, null)).isEqualTo(dates);
	}

	private long createCalendar() {
		HttpResponse<String> created = http.postJson("/api/v1/calendars", admin, """
				{"code":"%s","nameZh":"测试","nameEn":"Test","timeZone":"Asia/Shanghai",
				 "weeklyHours":{"MONDAY":["09:00-18:00"],"TUESDAY":["09:00-18:00"],"WEDNESDAY":["09:00-18:00"],
				                "THURSDAY":["09:00-18:00"],"FRIDAY":["09:00-18:00"]}}""".formatted(run));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Http.json(created.body()).get("id").asLong();
	}

	private void refused(String json, String field, String message) {
		HttpResponse<String> response = http.send(http.request("/api/v1/calendars")
			.header("Authorization", "Bearer " + admin)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
		assertThat(response.statusCode()).as(json + " → " + response.body()).isEqualTo(400);
		assertThat(field(response)).as(response.body()).isEqualTo(field);
		assertThat(Http.json(response.body()).get("errors").get(0).get("message").asString()).isEqualTo(message);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private HttpResponse<String> importCsv(long id, String csv, String token, String language) {
		return send(id, csv.getBytes(StandardCharsets.UTF_8), token, language);
	}

	private HttpResponse<String> send(long id, byte[] csv, String token, String language) {
		return http.send(http.request("/api/v1/calendars/" + id + "/dates/import")
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
	}

	private List<String> dates(long id, Integer year) {
		HttpResponse<String> response = http.get("/api/v1/calendars/" + id + (year == null ? "" : "?year=" + year), admin);
		List<String> dates = new ArrayList<>();
		Http.json(response.body()).get("dates")
			.forEach(date -> dates.add(date.get("date").asString() + " " + date.get("kind").asString()));
		return dates;
	}

	private long calendarCount() {
		return jdbc.sql("select count(*) from business_calendar").query(Long.class).single();
	}

	private static String field(HttpResponse<String> response) {
		return Http.json(response.body()).get("errors").get(0).get("field").asString();
	}

	private static JsonNode find(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (item.get("code").asString().equals(code)) {
				return item;
			}
		}
		throw new AssertionError("No calendar " + code + " in " + items);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

}

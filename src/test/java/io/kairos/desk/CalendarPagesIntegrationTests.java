package io.kairos.desk;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar pages: the list and a calendar's hours and dates per year for staff who may read calendars, and
 * the import form for administrators, which refuses a bad file naming the line and stores nothing.
 */
@KairosIntegrationTest
class CalendarPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	BusinessCalendars businessCalendars;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void anAdministratorSeesTheDefaultCalendarWithItsChineseHolidaysAndTheImportForm() {
		signIn(StaffAccounts.create(http, "cal-page-admin", "ADMIN").username());
		Document list = Jsoup.parse(page("/admin/calendars", "zh-CN"));
		long id = businessCalendars.defaultCalendarId();
		assertThat(list.select("[data-calendar=" + id + "] .calendar-name").text()).isEqualTo("中国大陆工作日");
		assertThat(list.select("[data-calendar=" + id + "] .calendar-default")).hasSize(1);
		assertThat(list.select("[data-calendar=" + id + "] .calendar-year").eachText()).contains("2026");

		Document show = Jsoup.parse(page("/admin/calendars/" + id + "?year=2026", "zh-CN"));
		assertThat(show.select("#weekly-hours [data-weekday=MONDAY] .hours").text()).isEqualTo("09:00-12:00, 13:00-18:00");
		assertThat(show.select("#weekly-hours [data-weekday=SATURDAY] .hours").text()).isEqualTo("不工作");
		assertThat(show.select("#calendar-dates tbody tr")).hasSize(39);
		assertThat(show.select("[data-date=2026-02-14] .date-kind").text()).isEqualTo("调休上班");
		assertThat(show.select("[data-date=2026-02-17] .date-kind").text()).isEqualTo("节假日");
		assertThat(show.select("[data-date=2026-10-01]").text()).contains("国庆节").contains("星期四");
		assertThat(show.select("#calendar-import-form input[type=file][name=file]")).hasSize(1);

		Document english = Jsoup.parse(page("/admin/calendars/" + id + "?year=2026", "en"));
		assertThat(english.select("#calendar-name").text()).isEqualTo("Mainland China business days");
		assertThat(english.select("[data-date=2026-09-20]").text()).contains("Sunday").contains("Make-up working day");
	}

	@Test
	void anAgentReadsCalendarsButCannotImport() {
		signIn(StaffAccounts.create(http, "cal-page-agent", "AGENT").username());
		long id = businessCalendars.defaultCalendarId();
		Document show = Jsoup.parse(page("/admin/calendars/" + id, "en"));
		assertThat(show.select("#calendar-dates tbody tr")).isNotEmpty();
		assertThat(show.select("#calendar-import-form")).isEmpty();
		assertThat(show.select("[data-nav=calendars]")).isEmpty();
		HttpResponse<String> upload = upload(id, "date,kind,name_zh,name_en\n2030-01-01,HOLIDAY,元旦,New Year\n", "en");
		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(businessCalendars.get(id).holidays()).doesNotContain(java.time.LocalDate.parse("2030-01-01"));
	}

	@Test
	void theImportFormRefusesABadFileNamingTheLineAndStoresAGoodOne() {
		StaffAccounts.Account admin = StaffAccounts.create(http, "cal-page-admin", "ADMIN");
		String code = "P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36).toUpperCase();
		HttpResponse<String> created = http.postJson("/api/v1/calendars", StaffAccounts.adminToken(http), """
				{"code":"%s","nameZh":"页面测试","nameEn":"Page test","timeZone":"Asia/Shanghai",
				 "weeklyHours":{"MONDAY":["09:00-18:00"]}}""".formatted(code));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		signIn(admin.username());

		HttpResponse<String> bad = upload(id, "date,kind,name_zh,name_en\n2028-01-01,HOLIDAY,元旦,New Year's Day\n"
				+ "2028-01-02,HOLIDAY,,New Year's Day\n", "en");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(bad.body()).select("#import-problem").text())
			.isEqualTo("Line 3: both names are required, at most 60 characters, without commas.");
		assertThat(Jsoup.parse(page("/admin/calendars/" + id, "en")).select("#calendar-no-dates")).hasSize(1);

		HttpResponse<String> good = upload(id, "date,kind,name_zh,name_en\n2028-01-01,HOLIDAY,元旦,New Year's Day\n"
				+ "2028-01-02,WORKDAY,元旦调休上班,New Year's Day make-up working day\n", "en");
		assertThat(good.statusCode()).as(good.body()).isEqualTo(302);
		assertThat(good.headers().firstValue("Location").orElseThrow()).endsWith("/admin/calendars/" + id + "?year=2028");
		Document after = Jsoup.parse(page("/admin/calendars/" + id + "?year=2028", "en"));
		assertThat(after.select("[role=status]").text()).isEqualTo("The dates were imported.");
		assertThat(after.select("#calendar-dates tbody tr")).hasSize(2);
		assertThat(after.select("[data-date=2028-01-02] .date-kind").text()).isEqualTo("Make-up working day");
	}

	private HttpResponse<String> upload(long id, String csv, String language) {
		String csrf = http.csrfFrom("/admin/calendars/" + id);
		String boundary = "----kairos" + ThreadLocalRandom.current().nextInt(1_000_000);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(http.request("/admin/calendars/" + id + "/dates/import")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private void signIn(String username) {
		assertThat(http.login(username, StaffAccounts.PASSWORD).statusCode()).isEqualTo(302);
	}

	private String page(String path, String language) {
		HttpResponse<String> response = http.send(http.request(path).header("Accept-Language", language).GET());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		return response.body();
	}

}

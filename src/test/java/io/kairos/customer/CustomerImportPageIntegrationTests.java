package io.kairos.customer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The import page: linked for permitted roles, a dry run by default, the report as a table in the page's language. */
@KairosIntegrationTest
class CustomerImportPageIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void theListLinksThePageForManagersOnly() {
		signIn("agent", Http.DEMO_PASSWORD);
		assertThat(page("/customers")).doesNotContain("id=\"import-customers\"");
		assertThat(http.send(http.request("/customers/import").GET()).statusCode()).isEqualTo(403);

		Http managerSession = new Http(port);
		http = managerSession;
		signIn(StaffAccounts.create(http, "import-page", "MANAGER").username(), StaffAccounts.PASSWORD);
		assertThat(page("/customers")).contains("id=\"import-customers\"");
		Document form = Jsoup.parse(page("/customers/import"));
		assertThat(form.select("#import-form input[type=file][name=file]")).hasSize(1);
		assertThat(form.select("#dryRun").hasAttr("checked")).isTrue();
	}

	@Test
	void anUploadShowsTheReportAndADryRunStoresNothing() {
		String run = "pg" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
		String good = CustomerTestData.freshMobile();
		String csv = "姓名,手机,生日\n好" + run + "," + good + ",1980-01-01\n坏" + run + ",abc,\n日" + run + ","
				+ CustomerTestData.freshMobile() + ",2025-02-30\n";
		signIn(StaffAccounts.create(http, "import-page", "MANAGER").username(), StaffAccounts.PASSWORD);

		Document report = Jsoup.parse(upload(csv.getBytes(Charset.forName("GB18030")), true, "zh-CN"));

		assertThat(report.select("#import-report")).hasSize(1);
		assertThat(report.select("#import-nothing-stored").text()).isEqualTo("未保存任何数据。请更正下列各行后重新上传文件。");
		assertThat(report.select("#import-errors tbody tr")).hasSize(2);
		assertThat(report.select("#import-errors tbody tr").get(0).select(".import-row").text()).isEqualTo("2");
		assertThat(report.select("#import-errors tbody tr").get(0).select(".import-field").text()).isEqualTo("mobile");
		assertThat(report.select("#import-errors tbody tr").get(1).select(".import-field").text()).isEqualTo("birthday");
		assertThat(report.select("#import-errors tbody tr").get(1).select(".import-message").text()).contains("2025-02-30");
		assertThat(report.select("#dryRun").hasAttr("checked")).isTrue();

		String valid = "name,mobile\nPage " + run + "," + good + "\n";
		Document checked = Jsoup.parse(upload(valid.getBytes(StandardCharsets.UTF_8), true, "en"));
		assertThat(checked.select("#import-checked")).hasSize(1);
		assertThat(page("/customers?q=" + run)).contains("id=\"customers-empty\"");

		Document stored = Jsoup.parse(upload(valid.getBytes(StandardCharsets.UTF_8), false, "en"));
		assertThat(stored.select("#import-stored").text()).isEqualTo("1 rows stored.");
		assertThat(page("/customers?q=" + run)).contains("Page " + run);
	}

	private String upload(byte[] csv, boolean dryRun, String language) {
		String csrf = http.csrfFrom("/customers/import");
		String boundary = "----kairos" + ThreadLocalRandom.current().nextInt(1_000_000);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", csrf);
		field(body, boundary, "what", "customers");
		if (dryRun) {
			field(body, boundary, "dryRun", "true");
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(http.request("/customers/import")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	private void signIn(String username, String password) {
		assertThat(http.login(username, password).statusCode()).isEqualTo(302);
	}

	private String page(String path) {
		HttpResponse<String> response = http.send(http.request(path).GET());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}

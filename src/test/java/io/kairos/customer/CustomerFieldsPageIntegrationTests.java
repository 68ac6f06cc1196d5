package io.kairos.customer;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The WeChat openid, notes, language and organisation on the customer form and the customer page. */
@KairosIntegrationTest
class CustomerFieldsPageIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
		http.login("agent", Http.DEMO_PASSWORD);
	}

	@Test
	void theFormTakesTheNewFieldsAndThePageShowsThemWithTheOpenidMasked() {
		String openid = "oPage_" + Long.toString(System.nanoTime(), 36);
		HttpResponse<String> created = http.submit("/customers/new", "/customers", "name", "表单客户", "mobile",
				CustomerTestData.freshMobile(), "gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE",
				"wechatOpenid", openid, "notes", "第一行\r\n第二行", "language", "en");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/customers/"));

		Document page = Jsoup.parse(http.get(path, null).body());
		assertThat(page.select("#customer-wechat-openid").text()).startsWith("oPa").endsWith(openid.substring(openid.length() - 4))
			.contains("*");
		assertThat(page.html()).doesNotContain(openid);
		assertThat(page.select("#customer-notes").text()).contains("第一行", "第二行");
		assertThat(page.select("#customer-language").text()).isEqualTo("英文");
		assertThat(page.select("#customer-form input[name=wechatOpenid]").val()).isEmpty();
		assertThat(page.select("#customer-form textarea[name=notes]").text()).contains("第一行");
		assertThat(page.select("#customer-form select[name=language] option[selected]").val()).isEqualTo("en");

		String version = page.select("#customer-form input[name=version]").val();
		HttpResponse<String> refused = http.submit(path, path, "version", version, "name", "表单客户", "gender",
				"UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "language", "fr", "wechatOpenid", "bad id",
				"organisationId", "987654321");
		assertThat(refused.statusCode()).isEqualTo(200);
		Document errors = Jsoup.parse(refused.body());
		assertThat(errors.select("#customer-form .is-invalid").eachAttr("name")).contains("language", "wechatOpenid");
		assertThat(Jsoup.parse(http.get(path, null).body()).select("#customer-language").text()).isEqualTo("英文");

		HttpResponse<String> unknownOrganisation = http.submit(path, path, "version", version, "name", "表单客户",
				"gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "organisationId", "987654321");
		assertThat(Jsoup.parse(unknownOrganisation.body()).select("#customer-form .is-invalid").eachAttr("name"))
			.containsExactly("organisationId");
	}

}

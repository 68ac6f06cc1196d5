package io.kairos.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;

/** The SLA policy pages: the ordered list in both languages, creating, refusing, editing and moving a policy. */
@KairosIntegrationTest
class SlaPolicyPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SlaPolicies policies;

	Http http;

	@BeforeEach
	void client() {
		http = new Http(port);
	}

	@Test
	void anAdministratorListsCreatesEditsAndMovesPolicies() {
		signIn(StaffAccounts.create(http, "sla-page-admin", "ADMIN").username());
		Document chinese = Jsoup.parse(page("/admin/sla-policies", "zh-CN"));
		assertThat(chinese.select("#policies-table .policy-name").eachText()).contains("钻石客户投诉", "标准服务");
		assertThat(chinese.select("[data-nav=sla-policies]")).hasSize(1);
		Document english = Jsoup.parse(page("/admin/sla-policies", "en"));
		assertThat(english.select("#policies-table .policy-name").eachText()).contains("Diamond complaints");

		HttpResponse<String> refused = http.submit("/admin/sla-policies/new", "/admin/sla-policies", "nameEn", "Hotline",
				"nameZh", "热线", "channel", "HOTLINE", "resolutionMinutes", "abc");
		assertThat(refused.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(refused.body());
		assertThat(form.select("#policy-problem").attr("data-field")).isEqualTo("resolutionMinutes");
		assertThat(form.select("#resolutionMinutes.is-invalid")).hasSize(1);
		assertThat(form.select("#nameZh").val()).isEqualTo("热线");

		String name = "Hotline " + System.nanoTime();
		HttpResponse<String> created = http.submit("/admin/sla-policies/new", "/admin/sla-policies", "nameEn", name,
				"nameZh", "热线", "channel", "HOTLINE", "firstResponseMinutes", "20", "resolutionMinutes", "480",
				"warningShare", "80", "breachActions", "NOTIFY", "breachActions", "ESCALATE");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		SlaPolicy policy = policies.list().stream().filter(p -> p.nameEn().equals(name)).findFirst().orElseThrow();
		assertThat(policy.warningShare()).isEqualByComparingTo("0.8");
		assertThat(policy.breachActions()).containsExactlyInAnyOrder(SlaAction.NOTIFY, SlaAction.ESCALATE);
		assertThat(policies.list().get(policies.list().size() - 1).id()).as("a new policy goes last").isEqualTo(policy.id());

		Document edit = Jsoup.parse(page("/admin/sla-policies/" + policy.id(), "en"));
		assertThat(edit.select("#channel option[selected]").val()).isEqualTo("HOTLINE");
		assertThat(edit.select("#warningShare").val()).isEqualTo("80");
		HttpResponse<String> changed = http.submit("/admin/sla-policies/" + policy.id(),
				"/admin/sla-policies/" + policy.id(), "version", edit.select("input[name=version]").val(), "nameEn", name,
				"nameZh", "热线服务", "channel", "HOTLINE", "resolutionMinutes", "240");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(policies.get(policy.id()).nameZh()).isEqualTo("热线服务");
		assertThat(policies.get(policy.id()).firstResponseMinutes()).isNull();

		http.submit("/admin/sla-policies", "/admin/sla-policies/" + policy.id() + "/move", "direction", "up");
		int size = policies.list().size();
		assertThat(policies.list().get(size - 2).id()).isEqualTo(policy.id());
		Element row = Jsoup.parse(page("/admin/sla-policies", "en")).selectFirst("[data-policy=" + policy.id() + "]");
		assertThat(row.text()).contains("Resolution 240 min").contains("Hotline");
	}

	@Test
	void anAgentCannotOpenThePages() {
		signIn(StaffAccounts.create(http, "sla-page-agent", "AGENT").username());
		assertThat(http.send(http.request("/admin/sla-policies").GET()).statusCode()).isEqualTo(403);
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

package io.kairos.customer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;
import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.StaffAccounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's account manager (SPEC §1): set on create and change, checked against the staff, audited, shown. */
@KairosIntegrationTest
class CustomerAccountManagerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffDirectory staff;

	@Autowired
	CustomerDirectory directory;

	@Autowired
	JdbcClient jdbc;

	Http http;

	String agent;

	@BeforeEach
	void client() {
		http = new Http(port);
		agent = CustomerTestData.token(http, "agent");
	}

	@Test
	void theStaffDirectoryFindsStaffByIdUsernameAndNameWithoutSecrets() {
		StaffMember manager = staff.findByUsername("manager").orElseThrow();
		assertThat(manager.displayName()).isEqualTo("张伟 Manager");
		assertThat(manager.enabled()).isTrue();
		assertThat(manager.roles()).containsExactly(io.kairos.identity.Role.MANAGER);
		assertThat(staff.find(manager.id())).contains(manager);
		assertThat(staff.find(987_654_321L)).isEmpty();
		assertThat(staff.search("张伟", 10)).extracting(StaffMember::username).containsExactly("manager");
		assertThat(staff.search("%", 10)).as("wildcards are literal").isEmpty();
		assertThat(staff.search("", 2)).hasSize(2);
		assertThat(staff.enabled()).extracting(StaffMember::username).contains("agent", "manager", "admin");
	}

	@Test
	void anAccountManagerIsSetOnCreateShownInReadsAndExposedToOtherModules() {
		StaffMember manager = staff.findByUsername("manager").orElseThrow();
		HttpResponse<String> created = http.postJson("/api/v1/customers", agent, """
				{"name":"钻石客户","mobile":"%s","accountManagerId":%d}""".formatted(CustomerTestData.freshMobile(),
				manager.id()));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Http.json(created.body()).get("id").asLong();
		JsonNode read = Http.json(http.get("/api/v1/customers/" + id, agent).body()).get("accountManager");
		assertThat(read.get("id").asLong()).isEqualTo(manager.id());
		assertThat(read.get("displayName").asString()).isEqualTo("张伟 Manager");
		assertThat(directory.findSummary(new CustomerId(id)).orElseThrow().accountManagerId()).isEqualTo(manager.id());
		JsonNode listed = Http.json(http.get("/api/v1/customers?q=%E9%92%BB%E7%9F%B3%E5%AE%A2%E6%88%B7", agent).body())
			.get("items");
		assertThat(listed.findValuesAsString("displayName")).contains("张伟 Manager");
		assertThat(audit(id, "customer.created")).contains("\"accountManagerTo\":" + manager.id());
	}

	@Test
	void anUnknownOrDisabledMemberOfStaffIsRefusedNamingTheFieldAndNothingIsStored() {
		StaffAccounts.Account leaver = StaffAccounts.create(http, "leaver", "AGENT");
		HttpResponse<String> disabled = http.send(http.request("/api/v1/users/" + leaver.id())
			.header("Authorization", "Bearer " + StaffAccounts.adminToken(http))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

		for (long staffId : new long[] { 987_654_321L, leaver.id(), -1 }) {
			String mobile = CustomerTestData.freshMobile();
			HttpResponse<String> refused = http.postJson("/api/v1/customers", agent, """
					{"name":"无经理","mobile":"%s","accountManagerId":%d}""".formatted(mobile, staffId));
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(Http.json(refused.body()).get("errors").findValuesAsString("field")).containsExactly("accountManagerId");
			assertThat(jdbc.sql("select count(*) from customer where mobile = :m").param("m", "+86" + mobile)
				.query(Long.class).single()).isZero();
		}

		long id = CustomerTestData.create(http, agent, "换经理", CustomerTestData.freshMobile());
		HttpResponse<String> patch = patch(id, "{\"accountManagerId\":" + leaver.id() + "}");
		assertThat(patch.statusCode()).isEqualTo(400);
		assertThat(Http.json(patch.body()).get("errors").findValuesAsString("field")).containsExactly("accountManagerId");
		assertThat(Http.json(http.get("/api/v1/customers/" + id, agent).body()).get("accountManager").isNull()).isTrue();
	}

	@Test
	void aChangeSetsKeepsAndRemovesTheAccountManagerAndIsAudited() {
		long agentId = staff.findByUsername("agent").orElseThrow().id();
		long managerId = staff.findByUsername("manager").orElseThrow().id();
		long id = CustomerTestData.create(http, agent, "转交客户", CustomerTestData.freshMobile());

		assertThat(patch(id, "{\"accountManagerId\":" + agentId + "}").statusCode()).isEqualTo(200);
		JsonNode moved = Http.json(patch(id, "{\"accountManagerId\":" + managerId + "}").body());
		assertThat(moved.get("accountManager").get("id").asLong()).isEqualTo(managerId);
		assertThat(Http.json(patch(id, "{\"city\":\"杭州\"}").body()).get("accountManager").get("id").asLong())
			.as("left out, it stays").isEqualTo(managerId);
		assertThat(Http.json(patch(id, "{\"accountManagerId\":null}").body()).get("accountManager").isNull()).isTrue();

		String audit = audit(id, "customer.updated");
		assertThat(audit).contains("\"accountManagerFrom\":" + agentId, "\"accountManagerTo\":" + managerId,
				"\"accountManagerFrom\":" + managerId, "\"accountManagerTo\":null", "accountManagerId");
	}

	@Test
	void theFormsOfferEnabledStaffAndThePageShowsTheAccountManager() {
		StaffMember manager = staff.findByUsername("manager").orElseThrow();
		http.login("agent", Http.DEMO_PASSWORD);
		Document form = Jsoup.parse(http.get("/customers/new", null).body());
		assertThat(form.select("select[name=accountManagerId] option").eachText()).contains("张伟 Manager", "王小明 Agent");

		HttpResponse<String> created = http.submit("/customers/new", "/customers", "name", "表单经理客户", "mobile",
				CustomerTestData.freshMobile(), "gender", "UNDISCLOSED", "kind", "PERSON", "stage", "AWARE",
				"accountManagerId", Long.toString(manager.id()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/customers/"));
		Document page = Jsoup.parse(http.get(path, null).body());
		assertThat(page.select("#customer-account-manager").text()).isEqualTo("张伟 Manager");
		assertThat(page.select("#customer-form select[name=accountManagerId] option[selected]").val())
			.isEqualTo(Long.toString(manager.id()));

		String version = page.select("#customer-form input[name=version]").val();
		HttpResponse<String> refused = http.submit(path, path, "version", version, "name", "表单经理客户", "gender",
				"UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "accountManagerId", "987654321");
		assertThat(Jsoup.parse(refused.body()).select("#customer-form .is-invalid").eachAttr("name"))
			.containsExactly("accountManagerId");

		HttpResponse<String> cleared = http.submit(path, path, "version", version, "name", "表单经理客户", "gender",
				"UNDISCLOSED", "kind", "PERSON", "stage", "AWARE", "accountManagerId", "");
		assertThat(cleared.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(http.get(path, null).body()).select("#customer-account-manager").text()).isEqualTo("无");
	}

	@Test
	void someDemoDiamondCustomersHaveTheDemoManagerOrAgent() {
		// Demo customers only (tests use 147 numbers); tier evaluations in other tests may since have moved them.
		long managed = jdbc.sql("""
				select count(*) from customer c join staff_user u on u.id = c.account_manager_id
				where u.username in ('manager', 'agent') and c.mobile not like '+86147%'""").query(Long.class).single();
		assertThat(managed).isPositive();
	}

	private HttpResponse<String> patch(long id, String json) {
		return http.send(http.request("/api/v1/customers/" + id)
			.header("Authorization", "Bearer " + agent)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	/** The details of the customer's audit rows of this action, one per line. */
	private String audit(long id, String action) {
		JsonNode rows = Http.json(http.get("/api/v1/audit-events?action=" + action + "&subjectType=customer&subjectId="
				+ id, CustomerTestData.token(http, "admin")).body()).get("items");
		return String.join("\n", rows.findValuesAsString("detail"));
	}

}

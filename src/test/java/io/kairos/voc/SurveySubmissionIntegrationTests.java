package io.kairos.voc;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.Http;
import io.kairos.test.KairosIntegrationTest;
import io.kairos.voc.invitation.Invitations;
import io.kairos.voc.invitation.IssuedLink;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 5 (TESTING.md A-18): the final submission sent 20 times at once is counted once; 10,000
 * issued tokens show no sequence and the database holds only their hashes.
 */
@KairosIntegrationTest
class SurveySubmissionIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	Http http;

	String manager;

	@BeforeEach
	void client() {
		http = new Http(port);
		manager = http.tokenFor("manager");
	}

	@Test
	void twentyConcurrentFinalSubmissionsAreCountedOnce() throws Exception {
		long survey = VocTestData.publishedSurvey(http, manager, "并发提交测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		JsonNode link = Http.json(http.postJson("/api/v1/surveys/" + survey + "/invitations", manager, "{}").body());
		String token = link.get("link").asString().substring(link.get("link").asString().lastIndexOf('/') + 1);
		int copies = 20;
		ExecutorService threads = Executors.newFixedThreadPool(copies);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		try {
			for (int i = 0; i < copies; i++) {
				statuses.add(threads.submit(() -> {
					start.await();
					return VocLoopTestData.answer(port, token, "q.nps", "9", "q.nps.why", "很快", "action", "submit")
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answers.add(status.get());
			}
			assertThat(answers).filteredOn(status -> status == 200).hasSize(1);
			assertThat(answers).filteredOn(status -> status == 410).hasSize(copies - 1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from survey_response where survey_id = :s").param("s", survey)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select response_id from survey_invitation where id = :id").param("id", link.get("id").asLong())
			.query(Long.class).single()).isNotNull();
	}

	@Test
	void tenThousandTokensShowNoSequenceAndAreStoredOnlyHashed() throws Exception {
		long survey = VocTestData.publishedSurvey(http, manager, "令牌测试", "TRANSACTIONAL", VocTestData.BASIC_QUESTIONS);
		int count = 10_000;
		List<String> tokens = new ArrayList<>(count);
		List<Long> ids = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			IssuedLink issued = invitations.issue(survey, null, null);
			tokens.add(issued.link().substring(issued.link().lastIndexOf('/') + 1));
			ids.add(issued.id());
		}

		assertThat(new HashSet<>(tokens)).hasSize(count);
		assertThat(tokens).allSatisfy(token -> assertThat(token).matches(TOKEN));

		// Byte-wise: 320,000 bytes over 256 values. χ² with 255 degrees of freedom exceeds 330.5 with p = 0.001.
		long[] histogram = new long[256];
		List<byte[]> raw = tokens.stream().map(token -> Base64.getUrlDecoder().decode(token)).toList();
		raw.forEach(bytes -> {
			assertThat(bytes).hasSize(32);
			for (byte b : bytes) {
				histogram[b & 0xff]++;
			}
		});
		double expected = count * 32 / 256.0;
		double chiSquare = Arrays.stream(histogram).mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
		assertThat(chiSquare).as("χ² of the byte values").isLessThan(330.5);

		// No common prefixes beyond chance: two of 10,000 random base64url strings rarely share 6 characters.
		List<String> sorted = tokens.stream().sorted().toList();
		int longest = 0;
		for (int i = 1; i < sorted.size(); i++) {
			longest = Math.max(longest, commonPrefix(sorted.get(i - 1), sorted.get(i)));
		}
		assertThat(longest).as("longest common prefix").isLessThan(7);

		// Not derivable from the neighbour: consecutive tokens differ in about half their 256 bits, and their
		// differences as numbers form no progression.
		long bits = 0;
		Set<BigInteger> steps = new HashSet<>();
		for (int i = 1; i < raw.size(); i++) {
			byte[] a = raw.get(i - 1);
			byte[] b = raw.get(i);
			for (int j = 0; j < 32; j++) {
				bits += Integer.bitCount((a[j] ^ b[j]) & 0xff);
			}
			steps.add(new BigInteger(1, b).subtract(new BigInteger(1, a)));
		}
		double meanDistance = (double) bits / (raw.size() - 1);
		assertThat(meanDistance).as("mean Hamming distance of neighbours").isBetween(126.0, 130.0);
		assertThat(steps).as("distinct steps between neighbours").hasSize(raw.size() - 1);

		// Stored only hashed: each invitation holds the SHA-256 of its token, and no column of any table holds a token.
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (int i = 0; i < count; i += 997) {
			String hash = HexFormat.of().formatHex(sha.digest(tokens.get(i).getBytes(StandardCharsets.US_ASCII)));
			assertThat(jdbc.sql("select token_hash from survey_invitation where id = :id").param("id", ids.get(i))
				.query(String.class).single()).isEqualTo(hash);
		}
		Set<String> issued = new HashSet<>(tokens);
		List<String> found = new ArrayList<>();
		for (Column column : textColumns()) {
			jdbc.sql("select \"" + column.name() + "\" from \"" + column.table() + "\" where \"" + column.name() + "\" is not null")
				.query(rs -> {
					Matcher matcher = TOKEN.matcher(rs.getString(1));
					while (matcher.find()) {
						if (issued.contains(matcher.group())) {
							found.add(column.table() + "." + column.name());
						}
					}
				});
		}
		assertThat(found).as("raw tokens in the database").isEmpty();
	}

	private List<Column> textColumns() {
		return jdbc.sql("""
				select table_name, column_name, data_type from information_schema.columns
				where lower(table_schema) = 'public'""")
			.query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3).toLowerCase()))
			.list()
			.stream()
			.filter(column -> column.type().contains("char") || column.type().contains("text")
					|| column.type().contains("clob") || column.type().contains("json"))
			.toList();
	}

	private static int commonPrefix(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private record Column(String table, String name, String type) {
	}

}

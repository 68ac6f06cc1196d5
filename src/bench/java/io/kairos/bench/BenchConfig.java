package io.kairos.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a benchmark run is told through system properties ({@code -Dbench.*}). The scale multiplies every data
 * size (1 = one million customers, tickets, survey responses and MOT scores, 100 k SLA tickets); the seed and
 * "now" make the data reproducible.
 */
record BenchConfig(String command, double scale, long seed, Instant now, String host, int port, String database,
		String user, String password, Duration duration, Duration warmup, int maxRequests, int appPort, Path jar,
		Path report, String scenarios, java.util.List<String> appJvmOptions) {

	static BenchConfig fromSystemProperties() {
		return new BenchConfig(property("bench.command", "all"), Double.parseDouble(property("bench.scale", "1")),
				Long.parseLong(property("bench.seed", "20261207")),
				Instant.parse(property("bench.now", Instant.now().truncatedTo(ChronoUnit.HOURS).toString())),
				property("bench.db.host", "127.0.0.1"), Integer.parseInt(property("bench.db.port", "5432")),
				property("bench.db.name", "kairos_bench"), property("bench.db.user", "postgres"),
				property("bench.db.password", ""), Duration.parse(property("bench.duration", "PT10S")),
				Duration.parse(property("bench.warmup", "PT3S")),
				Integer.parseInt(property("bench.max-requests", "1000000")),
				Integer.parseInt(property("bench.app.port", "18080")), Path.of(property("bench.jar", "")),
				Path.of(property("bench.report", "docs/benchmarks.md")), property("bench.scenarios", "S1,S2,S3,S4,S5,S6,S7"),
				// e.g. -Dbench.app.jvm=-XX:StartFlightRecording=filename=s1.jfr to see where a scenario's time goes
				property("bench.app.jvm", "").isBlank() ? java.util.List.of()
						: java.util.List.of(property("bench.app.jvm", "").split("\\s+")));
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? fallback : value.strip();
	}

	String jdbcUrl(String databaseName) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + databaseName;
	}

	String jdbcUrl() {
		return jdbcUrl(database);
	}

	int scaled(int full) {
		return Math.max(1, (int) Math.round(full * scale));
	}

	boolean runs(String scenario) {
		for (String name : scenarios.split(",")) {
			if (name.strip().equalsIgnoreCase(scenario)) {
				return true;
			}
		}
		return false;
	}

}

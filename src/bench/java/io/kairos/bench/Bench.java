package io.kairos.bench;

/**
 * The benchmark harness (docs/benchmarks.md): {@code generate} builds the bench database, {@code run} measures the
 * scenarios against it and writes the table into docs/benchmarks.md, {@code all} does both. Configured by
 * {@code -Dbench.*} system properties (see {@link BenchConfig}); run through {@code mvn -Pbench}.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		BenchConfig config = BenchConfig.fromSystemProperties();
		Report report = new Report();
		System.out.printf("[bench] %s at scale %s on JDK %s (%s threads)%n", config.command(), config.scale(),
				Runtime.version(), Load.virtualThreads() ? "virtual" : "platform");
		switch (config.command()) {
			case "generate" -> new DataGenerator(config, report).generate();
			case "run" -> new Scenarios(config, report).runAll();
			case "all" -> {
				new DataGenerator(config, report).generate();
				new Scenarios(config, report).runAll();
			}
			default -> throw new IllegalArgumentException("bench.command is generate, run or all, not " + config.command());
		}
		if (!report.rows().isEmpty() || config.command().equals("generate")) {
			String machine = Report.machine();
			if (config.command().equals("generate")) {
				System.out.println(report.markdown(config, machine));
			}
			else {
				report.write(config.report(), config, machine);
			}
		}
	}

}

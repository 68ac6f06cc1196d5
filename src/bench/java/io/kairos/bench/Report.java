package io.kairos.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measured: the generator's steps and data sizes, one row per scenario figure with its baseline and
 * the ratio, target verdicts and what was not measured. Printed as it goes, and written as markdown between the
 * markers of the "Latest run" section of docs/benchmarks.md.
 */
final class Report {

	static final String START = "<!-- bench:latest:start -->";

	static final String END = "<!-- bench:latest:end -->";

	record Row(String scenario, String figure, String kairos, String baseline, String ratio, String target,
			String verdict) {
	}

	private final List<String> steps = new ArrayList<>();

	private final Map<String, Long> sizes = new LinkedHashMap<>();

	private final List<Row> rows = new ArrayList<>();

	private final List<String> todos = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void generatorStep(String name, Duration took) {
		String line = String.format("%s: %.1f s", name, took.toMillis() / 1000.0);
		steps.add(line);
		System.out.println("[bench] generated " + line);
	}

	void dataSize(String what, long count) {
		sizes.put(what, count);
	}

	void row(Row row) {
		rows.add(row);
		System.out.printf("[bench] %s %s: %s (baseline %s, ratio %s; target %s: %s)%n", row.scenario(), row.figure(),
				row.kairos(), row.baseline(), row.ratio(), row.target(), row.verdict());
	}

	void todo(String text) {
		todos.add(text);
		System.out.println("[bench] TODO " + text);
	}

	void note(String text) {
		notes.add(text);
		System.out.println("[bench] " + text);
	}

	List<Row> rows() {
		return rows;
	}

	String markdown(BenchConfig config, String machine) {
		StringBuilder md = new StringBuilder();
		md.append("Run ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", command `")
			.append(config.command()).append("`, scale ").append(config.scale()).append(", seed ").append(config.seed())
			.append(", JDK ").append(Runtime.version()).append(Load.virtualThreads() ? " (virtual threads)" : "")
			.append(".\n\n").append(machine).append("\n\n");
		if (!sizes.isEmpty()) {
			md.append("Data: ");
			List<String> parts = new ArrayList<>();
			sizes.forEach((what, count) -> {
				if (count > 0) {
					parts.add(String.format("%,d %s", count, what));
				}
			});
			md.append(String.join(", ", parts)).append(".\n\n");
		}
		if (!steps.isEmpty()) {
			md.append("Generator steps: ").append(String.join("; ", steps)).append(".\n\n");
		}
		md.append("| Scenario | Figure | Kairos | Baseline | Ratio | Target | Verdict |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
		for (Row row : rows) {
			md.append("| ").append(row.scenario()).append(" | ").append(row.figure()).append(" | ").append(row.kairos())
				.append(" | ").append(row.baseline()).append(" | ").append(row.ratio()).append(" | ").append(row.target())
				.append(" | ").append(row.verdict()).append(" |\n");
		}
		if (!notes.isEmpty() || !todos.isEmpty()) {
			md.append('\n');
			notes.forEach(note -> md.append("- ").append(note).append('\n'));
			todos.forEach(todo -> md.append("- Not measured: ").append(todo).append('\n'));
		}
		return md.toString();
	}

	/** Replaces the text between the markers of the report file (or appends a section with them). */
	void write(Path file, BenchConfig config, String machine) throws IOException {
		String table = markdown(config, machine);
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		String section = START + "\n" + table + END;
		if (start >= 0 && end > start) {
			text = text.substring(0, start) + section + text.substring(end + END.length());
		}
		else {
			text = text + "\n## Latest run\n\n" + section + "\n";
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		System.out.println("[bench] wrote " + file);
	}

	static String machine() {
		String cpu = "unknown CPU";
		int cores = Runtime.getRuntime().availableProcessors();
		String memory = "";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(line -> line.startsWith("model name"))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
			memory = Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(line -> line.startsWith("MemTotal"))
				.map(line -> String.format(", %.1f GB memory",
						Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
				.findFirst()
				.orElse("");
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the machine line says less.
		}
		return "Machine: " + cpu + ", " + cores + " cores" + memory + "; PostgreSQL on the same host.";
	}

	static String ms(double millis) {
		return Double.isNaN(millis) ? "–" : String.format("%.1f ms", millis);
	}

	static String ratio(double kairos, double baseline) {
		return baseline <= 0 || Double.isNaN(baseline) || Double.isNaN(kairos) ? "–" : String.format("%.2f", kairos / baseline);
	}

}

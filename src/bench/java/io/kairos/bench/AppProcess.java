package io.kairos.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application as a child process ({@code java -jar target/kairos-*.jar}) on 127.0.0.1, run by the same JDK as
 * the harness, its output in a log file under {@code target/bench}. Stopped with the harness, also on Ctrl-C.
 */
final class AppProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final long startedNanos;

	private long healthyNanos = -1;

	private AppProcess(Process process, Path log, long startedNanos) {
		this.process = process;
		this.log = log;
		this.startedNanos = startedNanos;
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
	}

	static Path jar(BenchConfig config) throws IOException {
		if (config.jar() != null && !config.jar().toString().isBlank()) {
			return config.jar();
		}
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("kairos-.*\\.jar"))
				.filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/kairos-*.jar: run mvn package -DskipTests first"));
		}
	}

	/** Starts the application with these Spring arguments (e.g. --spring.profiles.active=postgres). */
	static AppProcess start(BenchConfig config, String name, Path workDir, List<String> jvmOptions, List<String> arguments)
			throws IOException {
		Path jar = jar(config).toAbsolutePath();
		Files.createDirectories(workDir);
		Path log = Path.of("target", "bench", name + ".log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.address=127.0.0.1");
		command.add("--server.port=" + config.appPort());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(key -> key.startsWith("KAIROS_"));
		long started = System.nanoTime();
		return new AppProcess(builder.start(), log, started);
	}

	/** Waits until health is UP; the time from the process start to that moment is kept. */
	AppProcess awaitHealthy(Api api, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application stopped (exit " + process.exitValue() + "), see " + log);
			}
			if (api.healthy()) {
				healthyNanos = System.nanoTime();
				return this;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the application was not healthy within " + timeout + ", see " + log);
	}

	Duration timeToHealthy() {
		return Duration.ofNanos(healthyNanos - startedNanos);
	}

	long pid() {
		return process.pid();
	}

	Path log() {
		return log;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}

package io.kairos.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} workers each call the task again as soon as it returns, for a warm-up
 * that is not counted and then until the duration is over or the request budget is spent. Latencies are kept
 * per worker (no shared lock on the hot path) and merged for the percentiles. Workers are virtual threads when
 * the JDK has them (21+), platform threads otherwise.
 */
final class Load {

	/** One call; returns normally on success, throws on an error (wrong status, timeout …). */
	interface Call {

		void run(int worker, long sequence) throws Exception;

	}

	record Result(String name, int concurrency, long requests, long errors, double seconds, long[] sortedNanos,
			String firstError) {

		double throughput() {
			return seconds == 0 ? 0 : requests / seconds;
		}

		double percentileMillis(double percentile) {
			if (sortedNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
			return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
		}

		@Override
		public String toString() {
			return String.format("%s c=%d: %,d requests in %.1f s = %,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
					+ "errors %d%s", name, concurrency, requests, seconds, throughput(), percentileMillis(50),
					percentileMillis(95), percentileMillis(99), errors, firstError == null ? "" : " (" + firstError + ")");
		}

	}

	private Load() {
	}

	static Result run(String name, int concurrency, Duration warmup, Duration duration, long maxRequests, Call call)
			throws Exception {
		AtomicLong sequence = new AtomicLong();
		AtomicLong budget = new AtomicLong(maxRequests);
		long warmupEnd = System.nanoTime() + warmup.toNanos();
		long end = warmupEnd + duration.toNanos();
		List<long[]> perWorker = new ArrayList<>();
		long[] counts = new long[concurrency];
		long[] errors = new long[concurrency];
		String[] firstErrors = new String[concurrency];
		ExecutorService workers = executor();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < concurrency; w++) {
				int worker = w;
				long[][] latencies = { new long[1024] };
				perWorker.add(null);
				futures.add(workers.submit(() -> {
					while (true) {
						long start = System.nanoTime();
						if (start >= end) {
							break;
						}
						boolean counted = start >= warmupEnd;
						if (counted && budget.decrementAndGet() < 0) {
							break;
						}
						boolean failed = false;
						try {
							call.run(worker, sequence.incrementAndGet());
						}
						catch (Exception ex) {
							failed = true;
							if (counted && firstErrors[worker] == null) {
								firstErrors[worker] = ex.toString();
							}
						}
						long took = System.nanoTime() - start;
						if (!counted) {
							continue;
						}
						if (failed) {
							errors[worker]++;
							continue;
						}
						if (counts[worker] == latencies[0].length) {
							latencies[0] = Arrays.copyOf(latencies[0], latencies[0].length * 2);
						}
						latencies[0][(int) counts[worker]++] = took;
					}
					synchronized (perWorker) {
						perWorker.set(worker, Arrays.copyOf(latencies[0], (int) counts[worker]));
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			workers.shutdownNow();
		}
		double seconds = (Math.min(System.nanoTime(), end) - warmupEnd) / 1e9;
		long total = 0;
		long failures = 0;
		String firstError = null;
		for (int w = 0; w < concurrency; w++) {
			total += counts[w];
			failures += errors[w];
			firstError = firstError == null ? firstErrors[w] : firstError;
		}
		long[] all = new long[(int) total];
		int at = 0;
		for (long[] latencies : perWorker) {
			System.arraycopy(latencies, 0, all, at, latencies.length);
			at += latencies.length;
		}
		Arrays.sort(all);
		return new Result(name, concurrency, total, failures, Math.max(seconds, 1e-9), all, firstError);
	}

	/** Virtual threads on JDK 21+, looked up so that the harness still compiles and runs on JDK 17. */
	static ExecutorService executor() {
		try {
			return (ExecutorService) MethodHandles.publicLookup()
				.findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
				.invoke();
		}
		catch (Throwable noVirtualThreads) {
			return Executors.newCachedThreadPool(runnable -> {
				Thread thread = new Thread(runnable);
				thread.setDaemon(true);
				return thread;
			});
		}
	}

	static boolean virtualThreads() {
		return Runtime.version().feature() >= 21;
	}

}

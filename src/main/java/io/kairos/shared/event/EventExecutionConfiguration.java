package io.kairos.shared.event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor behind asynchronous work, above all the modules' {@code @ApplicationModuleListener}s. A fixed number
 * of workers with a queue: with one virtual thread per event, a burst of tickets started hundreds of listeners at
 * once, each holding out for a database connection, until requests and listeners alike timed out waiting for the
 * pool. A queued event is already stored in the event publication registry, so waiting costs nothing but time.
 */
@Configuration(proxyBeanMethods = false)
class EventExecutionConfiguration {

	// Both names: @Async and the Modulith listeners look for "taskExecutor" when more than one executor exists.
	@Bean(name = { TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME, "taskExecutor" })
	ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${kairos.events.workers:8}") int workers) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(workers);
		executor.setMaxPoolSize(workers);
		executor.setThreadNamePrefix("event-");
		// The queue has no bound, so handing work over never blocks the caller, who may still hold its connection.
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}

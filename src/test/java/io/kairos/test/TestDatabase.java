package io.kairos.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.SpringApplication;

/**
 * With {@code -Dkairos.test.db=postgres} (the {@code postgres} Maven profile) the integration tests run
 * against a database of their own on the local PostgreSQL, created when the test run starts and dropped
 * when it ends. Otherwise they use the in-memory H2 database of {@code application-test.properties}.
 */
public class TestDatabase implements LauncherSessionListener {

	private static final String ADMIN_URL = System.getProperty("kairos.test.pg.url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getProperty("kairos.test.pg.user", "postgres");

	private static final String PASSWORD = System.getProperty("kairos.test.pg.password", "");

	private String database;

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("kairos.test.db"));
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!isPostgres() || database != null) {
			return;
		}
		database = "kairos_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
		execute("create database " + database);
		String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", USER);
		System.setProperty("spring.datasource.password", PASSWORD);
	}

	/**
	 * The cached application contexts are closed later, by Spring Boot's shutdown hook, and some beans still
	 * use the database while closing (the event publication registry looks for incomplete publications).
	 * Dropped now, the database would leave them waiting for a connection until the test JVM is killed; so it
	 * is dropped by a shutdown handler, which Spring Boot runs after it has closed the contexts.
	 */
	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (database != null) {
			String dropped = database;
			database = null;
			SpringApplication.getShutdownHandlers()
				.add(() -> execute("drop database if exists " + dropped + " with (force)"));
		}
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL test database: " + sql + " failed: " + ex.getMessage(), ex);
		}
	}

}

package io.kairos.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

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

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (database != null) {
			execute("drop database if exists " + database + " with (force)");
			database = null;
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

package io.kairos.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.kairos.test.KairosIntegrationTest;
import io.kairos.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** on PostgreSQL the database itself refuses to change or delete audit entries. */
@KairosIntegrationTest
class AuditAppendOnlyIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditEntriesCannotBeChangedOrDeletedInTheDatabase() {
		assumeThat(TestDatabase.isPostgres()).as("the append-only trigger is PostgreSQL's").isTrue();
		audit.recordAs("tester", "test.append-only", "thing", 42, Map.of());
		long id = jdbc.sql("select max(id) from audit_event where action = 'test.append-only'").query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where id = :id")
			.param("id", id)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select actor from audit_event where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("tester");
	}

}

package io.kairos.identity;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a member of staff outside the console: their e-mail address, language and time zone. Kept apart
 * from {@link StaffDirectory}, which never carries addresses, so only the modules that send staff mail see them.
 */
@Service
public class StaffContacts {

	private final JdbcClient jdbc;

	StaffContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member's contact details, or empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<StaffContact> find(long staffId) {
		return jdbc.sql("select id, display_name, email, language, time_zone, enabled from staff_user where id = :id")
			.param("id", staffId)
			.query((rs, n) -> new StaffContact(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("language"), rs.getString("time_zone"), rs.getBoolean("enabled")))
			.optional();
	}

	/**
	 * A member of staff's contact details.
	 * @param email null when none is recorded
	 * @param language null to follow the browser (mail then goes out in the default language)
	 */
	public record StaffContact(long id, String displayName, String email, String language, String timeZone,
			boolean enabled) {

		/** The address to mail, when there is one and the member may still sign in. */
		public Optional<String> mailbox() {
			return enabled && email != null && !email.isBlank() ? Optional.of(email) : Optional.empty();
		}

	}

}

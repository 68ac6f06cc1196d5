package io.kairos.customer;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.shared.contact.Masking;

/**
 * The customer module's facade for other modules: masked summaries, never contact data in full, except
 * {@link #addressesFor} for the one module that delivers messages.
 */
@Service
public class CustomerDirectory {

	private final JdbcClient jdbc;

	CustomerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<CustomerSummary> findSummary(CustomerId id) {
		return jdbc.sql("select id, name, mobile, tier, stage, account_manager_id from customer where id = :id")
			.param("id", id.value())
			.query((rs, n) -> new CustomerSummary(new CustomerId(rs.getLong("id")), rs.getString("name"),
					Masking.phone(rs.getString("mobile")), rs.getString("tier"),
					LifecycleStage.valueOf(rs.getString("stage")), rs.getObject("account_manager_id", Long.class)))
			.optional();
	}

	/** The language to talk to the customer in ({@code zh-CN}, {@code en}), when the customer gave one. */
	@Transactional(readOnly = true)
	public Optional<String> language(CustomerId id) {
		return jdbc.sql("select language from customer where id = :id and language is not null")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	/**
	 * The customer's full addresses and language, for delivering a message and nothing else: the caller must not
	 * show, log or keep them. Empty for an unknown or erased customer.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactAddresses> addressesFor(CustomerId id) {
		return jdbc.sql("""
				select email, mobile, wechat_openid, language from customer
				where id = :id and erased_at is null""")
			.param("id", id.value())
			.query((rs, n) -> new ContactAddresses(id, rs.getString("email"), rs.getString("mobile"),
					rs.getString("wechat_openid"), rs.getString("language")))
			.optional();
	}

}

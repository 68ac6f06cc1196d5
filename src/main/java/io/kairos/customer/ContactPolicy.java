package io.kairos.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules may reach a customer. The answer is the customer's preferred channels, in their order,
 * kept only where consent allows: for {@link Purpose#SERVICE} every preferred channel except one the customer
 * withdrew consent for (service messages need no marketing consent); for {@link Purpose#MARKETING} only the
 * preferred channels with consent granted. An unknown customer, or one without preferred channels, gives an
 * empty list: do not contact them.
 */
@Service
public class ContactPolicy {

	private final JdbcClient jdbc;

	ContactPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Channel codes ({@code PHONE}, {@code SMS}, {@code WECHAT}, {@code EMAIL}, {@code WEB}, {@code STORE}). */
	@Transactional(readOnly = true)
	public List<String> howToReach(CustomerId customer, Purpose purpose) {
		List<String> preferred = jdbc
			.sql("select channel from customer_channel where customer = :customer order by position")
			.param("customer", customer.value())
			.query(String.class)
			.list();
		Map<String, String> consents = new HashMap<>();
		jdbc.sql("select channel, status from customer_consent where customer = :customer")
			.param("customer", customer.value())
			.query((rs, n) -> consents.put(rs.getString(1), rs.getString(2)))
			.list();
		return allowed(preferred, consents, purpose);
	}

	/** The rule itself: preferred channels in order, filtered by the consent each needs for the purpose. */
	static List<String> allowed(List<String> preferred, Map<String, String> consents, Purpose purpose) {
		List<String> result = new ArrayList<>();
		for (String channel : preferred) {
			String consent = consents.get(channel);
			boolean ok = purpose == Purpose.MARKETING ? "GRANTED".equals(consent) : !"WITHDRAWN".equals(consent);
			if (ok) {
				result.add(channel);
			}
		}
		return List.copyOf(result);
	}

}

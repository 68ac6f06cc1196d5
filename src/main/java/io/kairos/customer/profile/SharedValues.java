package io.kairos.customer.profile;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of an erased customer's region and tags may stay: only values that at least {@code minShared}
 * other customers also have. Such a value describes a group (a city, a segment's tag), not the person, so
 * segment counts over it do not change; a rare value could point back at the person and is removed.
 */
@Component
class SharedValues {

	private final JdbcClient jdbc;

	private final int minShared;

	SharedValues(JdbcClient jdbc, @Value("${kairos.customer.erasure.min-shared:10}") int minShared) {
		this.jdbc = jdbc;
		this.minShared = minShared;
	}

	boolean provinceIsShared(long customer, String province) {
		return province != null && count("""
				select count(*) from customer where province = :province and id <> :id and erased_at is null""",
				customer, "province", province) >= minShared;
	}

	boolean cityIsShared(long customer, String province, String city) {
		return city != null && provinceIsShared(customer, province) && jdbc.sql("""
				select count(*) from customer
				where province = :province and city = :city and id <> :id and erased_at is null""")
			.param("province", province)
			.param("city", city)
			.param("id", customer)
			.query(Long.class)
			.single() >= minShared;
	}

	Set<String> sharedTags(long customer, Set<String> tags) {
		return tags.stream()
			.filter(tag -> count("select count(*) from customer_tag where tag = :tag and customer <> :id", customer, "tag",
					tag) >= minShared)
			.collect(Collectors.toSet());
	}

	private long count(String sql, long customer, String name, String value) {
		return jdbc.sql(sql).param(name, value).param("id", customer).query(Long.class).single();
	}

}

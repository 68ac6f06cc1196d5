package io.kairos.customer.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.kairos.customer.LifecycleStage;
import io.kairos.customer.profile.Channel;
import io.kairos.customer.profile.CustomerKind;
import io.kairos.customer.profile.Gender;

/** One generated demo customer, as the loader inserts it. */
record DemoCustomer(String name, Gender gender, LocalDate birthday, String province, String city, String mobile,
		String email, String idNumber, CustomerKind kind, String tier, LifecycleStage stage, List<Channel> channels,
		List<String> tags, Instant createdAt) {
}

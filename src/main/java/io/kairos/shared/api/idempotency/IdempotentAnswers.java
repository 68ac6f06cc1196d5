package io.kairos.shared.api.idempotency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the Idempotency-Key store: to forget the stored answers about a record,
 * e.g. when a customer's personal data is erased, so no copy outlives the erasure in a replayable answer.
 */
@Service
public class IdempotentAnswers {

	private final IdempotencyRecords records;

	IdempotentAnswers(IdempotencyRecords records) {
		this.records = records;
	}

	/** Forgets every stored answer whose Location header named this path (e.g. {@code /api/v1/customers/42}). */
	@Transactional
	public int forgetAnswersAbout(String location) {
		return records.forgetByLocation(location);
	}

}

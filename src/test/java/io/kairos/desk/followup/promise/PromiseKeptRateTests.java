package io.kairos.desk.followup.promise;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promise-kept rate: kept / (kept + broken). */
class PromiseKeptRateTests {

	@Test
	void theRateIsKeptOverSettled() {
		assertThat(new PromiseKeptRate(3, 1).rate()).isEqualByComparingTo("0.75");
		assertThat(new PromiseKeptRate(2, 1).rate()).isEqualByComparingTo("0.6667");
		assertThat(new PromiseKeptRate(5, 0).rate()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(new PromiseKeptRate(0, 4).rate()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void nothingSettledHasNoRate() {
		assertThat(new PromiseKeptRate(0, 0).rate()).isNull();
	}

	@Test
	void countsAreNeverNegative() {
		assertThatThrownBy(() -> new PromiseKeptRate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
	}

}

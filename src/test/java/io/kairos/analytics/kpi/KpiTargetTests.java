package io.kairos.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.kairos.analytics.Kpi;
import io.kairos.analytics.KpiStatus;

class KpiTargetTests {

	@Test
	void higherIsBetterKpisAreGreenAtOrAboveTheTarget() {
		KpiTarget fcr = new KpiTarget(Kpi.FCR, new BigDecimal("80"), new BigDecimal("70"), 1);
		assertThat(fcr.status(new BigDecimal("80.00"))).isEqualTo(KpiStatus.GREEN);
		assertThat(fcr.status(new BigDecimal("79.99"))).isEqualTo(KpiStatus.AMBER);
		assertThat(fcr.status(new BigDecimal("70"))).isEqualTo(KpiStatus.AMBER);
		assertThat(fcr.status(new BigDecimal("69.99"))).isEqualTo(KpiStatus.RED);
		assertThat(fcr.status(null)).isNull();
		assertThat(fcr.ordered()).isTrue();
	}

	@Test
	void lowerIsBetterKpisAreGreenAtOrBelowTheTarget() {
		KpiTarget reopen = new KpiTarget(Kpi.REOPEN_RATE, new BigDecimal("5"), new BigDecimal("10"), 1);
		assertThat(reopen.status(new BigDecimal("5"))).isEqualTo(KpiStatus.GREEN);
		assertThat(reopen.status(new BigDecimal("7.5"))).isEqualTo(KpiStatus.AMBER);
		assertThat(reopen.status(new BigDecimal("10.01"))).isEqualTo(KpiStatus.RED);
		assertThat(new KpiTarget(Kpi.REOPEN_RATE, new BigDecimal("10"), new BigDecimal("5"), 1).ordered()).isFalse();
	}

}

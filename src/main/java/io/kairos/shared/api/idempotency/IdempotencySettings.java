package io.kairos.shared.api.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a stored answer to an idempotent create is replayed. */
@ConfigurationProperties("kairos.idempotency")
record IdempotencySettings(@DefaultValue("24h") Duration retention) {
}

package io.kairos.customer.value;

import java.math.BigDecimal;

/**
 * A value fact as the API takes it: {@code amount} with at most two decimals and not zero, {@code occurredOn} a
 * date ({@code yyyy-MM-dd}) not in the future, {@code kind} one of {@link ValueKind}, {@code currency} an ISO
 * code (CNY when left out).
 */
public record NewValueFact(BigDecimal amount, String currency, String occurredOn, String kind) {
}

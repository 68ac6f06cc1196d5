package io.kairos.customer.tier;

import java.util.Map;

/**
 * What an evaluation did: how many customers it evaluated, how many it moved, how many an unexpired override
 * placed, and the number of customers per tier afterwards (top tier first).
 */
public record EvaluationResult(long evaluation, int evaluated, int changed, int overridden, Map<String, Integer> tiers) {
}

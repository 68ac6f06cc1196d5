package io.kairos.customer.tier;

import org.springframework.data.repository.ListCrudRepository;

interface TierLadderRepository extends ListCrudRepository<TierLadder, Integer> {
}

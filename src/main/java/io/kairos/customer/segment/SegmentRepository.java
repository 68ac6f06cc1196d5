package io.kairos.customer.segment;

import org.springframework.data.repository.ListCrudRepository;

interface SegmentRepository extends ListCrudRepository<Segment, Long> {

}

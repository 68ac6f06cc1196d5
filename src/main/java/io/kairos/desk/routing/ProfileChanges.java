package io.kairos.desk.routing;

import java.util.List;

/** A change of a routing profile; a field left out (null) keeps its value. Agents may send only availability. */
public record ProfileChanges(List<String> languages, List<String> products, Boolean vipCertified, Integer capacity,
		Availability availability) {

	static ProfileChanges availability(Availability availability) {
		return new ProfileChanges(null, null, null, null, availability);
	}

}

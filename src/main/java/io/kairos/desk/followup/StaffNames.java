package io.kairos.desk.followup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.kairos.identity.StaffDirectory;
import io.kairos.identity.StaffMember;

/** Display names of the staff a panel mentions (who ticked, who owns a promise), looked up once per panel. */
@Component
public class StaffNames {

	private final StaffDirectory directory;

	StaffNames(StaffDirectory directory) {
		this.directory = directory;
	}

	public Map<Long, String> of(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		ids.stream()
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> directory.find(id).map(StaffMember::displayName).ifPresent(name -> names.put(id, name)));
		return names;
	}

}

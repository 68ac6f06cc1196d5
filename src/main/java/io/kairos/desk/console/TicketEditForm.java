package io.kairos.desk.console;

import java.util.Arrays;
import java.util.List;

import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;
import io.kairos.desk.ticket.TicketChanges;
import io.kairos.desk.ticket.TicketView;
import io.kairos.shared.api.ProblemException;

/**
 * The ticket page's edit form: priority, type, category (a code; empty clears it) and tags (comma-separated), with
 * the version the form was read at, so that a change made meanwhile by someone else is refused, not overwritten.
 */
record TicketEditForm(Long version, TicketPriority priority, TicketType type, String category, String tags) {

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 32;

	static TicketEditForm of(TicketView ticket) {
		return new TicketEditForm(ticket.version(), ticket.priority(), ticket.type(), ticket.category(),
				String.join(", ", ticket.tags()));
	}

	long expectedVersion() {
		return version == null ? -1 : version;
	}

	TicketChanges toChanges() {
		return new TicketChanges(null, type, priority, category == null ? "" : category, null, tagList(), null, null);
	}

	/** The tags, split at commas (ASCII or Chinese); refused naming the field when too many or too long. */
	List<String> tagList() {
		List<String> list = tags == null ? List.of()
				: Arrays.stream(tags.split("[,，]")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
		if (list.size() > MAX_TAGS) {
			throw ProblemException.invalid("tags", "problem.desk.tags.too-many", MAX_TAGS);
		}
		if (list.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH || tag.codePoints().anyMatch(Character::isISOControl))) {
			throw ProblemException.invalid("tags", "problem.desk.tags.invalid", MAX_TAG_LENGTH);
		}
		return list;
	}

}

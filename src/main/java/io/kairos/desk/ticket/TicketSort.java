package io.kairos.desk.ticket;

import java.util.Arrays;

import io.kairos.shared.api.ProblemException;

/** The allow-listed orders of a ticket list: newest first (the default) or soonest resolution due first. */
public enum TicketSort {

	NEWEST("-createdAt"), DUE("resolutionDue");

	private final String parameter;

	TicketSort(String parameter) {
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

	public static TicketSort of(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return NEWEST;
		}
		return Arrays.stream(values())
			.filter(sort -> sort.parameter.equals(parameter.strip()))
			.findFirst()
			.orElseThrow(() -> ProblemException.invalid("sort", "problem.ticket.sort", "-createdAt, resolutionDue"));
	}

}

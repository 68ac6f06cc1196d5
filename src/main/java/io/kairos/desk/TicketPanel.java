package io.kairos.desk;

/**
 * A section that a part of the desk (the seven-step checklist, promises, callbacks, macros …) adds to the agent's
 * ticket page, declared as a bean: the page loads it with htmx from the part's own URL, so the page itself knows
 * nothing about each part. Without JavaScript the placeholder is a plain link to the same URL.
 * @param id the element id of the placeholder
 * @param order where the panel stands; lower first
 * @param path the panel's URL, with {@code {id}} for the ticket id
 * @param titleKey the message key of the panel's title
 * @param permission the authority a viewer needs to see the panel, or null for every viewer of the page
 * @param column {@code main} (under the conversation) or {@code side} (the sidebar)
 */
public record TicketPanel(String id, int order, String path, String titleKey, String permission, String column) {

	public TicketPanel {
		if (!path.contains("{id}")) {
			throw new IllegalArgumentException("A panel's path names the ticket: " + path);
		}
		if (!"main".equals(column) && !"side".equals(column)) {
			throw new IllegalArgumentException("A panel stands in the main column or the side: " + column);
		}
	}

	public String pathFor(long ticketId) {
		return path.replace("{id}", Long.toString(ticketId));
	}

}

package io.kairos.customer;

/**
 * A section that a part of Kairos adds to the customer 360 page, declared as a bean: the page loads it with
 * htmx from the part's own URL, so the customer module needs to know nothing about tickets, surveys or
 * moments of truth to show them. Without JavaScript the placeholder is a plain link to the same URL.
 * @param id the element id of the placeholder
 * @param order where the panel stands; lower first
 * @param path the panel's URL, with {@code {id}} for the customer id
 * @param titleKey the message key of the link shown until the panel has loaded
 * @param permission the authority a viewer needs to see the panel, or null for every viewer of the page
 * @param framed true when the panel answers with a card's body (the page draws the card), false when it
 *     answers with its own cards and replaces the placeholder
 */
public record CustomerPanel(String id, int order, String path, String titleKey, String permission, boolean framed) {

	public CustomerPanel {
		if (!path.contains("{id}")) {
			throw new IllegalArgumentException("A panel's path names the customer: " + path);
		}
	}

	public String pathFor(long customerId) {
		return path.replace("{id}", Long.toString(customerId));
	}

}

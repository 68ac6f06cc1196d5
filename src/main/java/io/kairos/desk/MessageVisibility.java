package io.kairos.desk;

/** A public reply reaches the customer; an internal note is for staff only. */
public enum MessageVisibility {
	PUBLIC, INTERNAL
}

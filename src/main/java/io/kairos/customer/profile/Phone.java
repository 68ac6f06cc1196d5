package io.kairos.customer.profile;

/**
 * An additional phone number of a customer, besides the primary mobile. In a command the number may be typed in
 * any usual form; in a read it is masked like the mobile, in a reveal and the subject export it is in full (E.164).
 */
public record Phone(PhoneKind kind, String number) {
}

package io.kairos.shared.contact;

/** Typed text is not a usable phone number; {@link #messageKey()} says why, in words for the user. */
public class InvalidPhoneNumber extends IllegalArgumentException {

	private final Reason reason;

	public InvalidPhoneNumber(Reason reason) {
		super(reason.messageKey());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey();
	}

	/** Why a number was refused. */
	public enum Reason {

		REQUIRED("validation.required"),
		LETTERS("validation.phone.letters"),
		EXTENSION("validation.phone.extension"),
		INVALID("validation.phone.invalid"),
		NOT_MOBILE("validation.phone.not-mobile");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

}

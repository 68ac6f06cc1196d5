package io.kairos.customer.care;

/** The 360 page's personality form: a type code, or empty to clear it. */
record PersonalityForm(String type) {

	PersonalityChoice toChoice() {
		return new PersonalityChoice(type);
	}

}

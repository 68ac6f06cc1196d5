package io.kairos.desk.console;

/** A new ticket category from the desk admin's form; the service checks the code and the names. */
record CategoryForm(Long parentId, String code, String nameZh, String nameEn) {

	static CategoryForm empty() {
		return new CategoryForm(null, null, null, null);
	}

}

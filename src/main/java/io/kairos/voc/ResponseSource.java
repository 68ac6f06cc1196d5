package io.kairos.voc;

/** Where a response came from. */
public enum ResponseSource {

	/** Through an invitation's survey page. */
	INVITATION,
	/** Through a public link without invitation. */
	PUBLIC_LINK,
	/** Recorded over the API. */
	API,
	/** Imported from outside Kairos (paper, phone interviews, another tool). */
	IMPORT,
	/** Generated demo data. */
	DEMO

}

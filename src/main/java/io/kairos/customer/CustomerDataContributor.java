package io.kairos.customer;

/**
 * One part of what Kairos holds about a customer (the profile, tier history, segment memberships, consents,
 * later tickets and survey answers), taking part in the data subject's export and erasure. Each part that
 * stores personal data about a customer implements it as a Spring bean; both calls run in the transaction
 * of the export or erasure, so an erasure either anonymises every part or none.
 */
public interface CustomerDataContributor {

	/**
	 * What an erasure writes in place of free text that may hold personal data (a reason, a title, a source)
	 * where the row itself is kept for statistics.
	 */
	String ERASED_TEXT = "已删除";

	/** The name of this part in the subject export, e.g. {@code "profile"}; unique among contributors. */
	String section();

	/**
	 * Everything this part holds about the customer, as a JSON-serialisable value (records, lists, maps), in
	 * full: it is the subject's own data. {@code null} when this part holds nothing about the customer.
	 */
	Object export(CustomerId customer);

	/**
	 * Removes or anonymises the customer's personal data in this part, keeping what statistics need (counts,
	 * tiers, stages, scores, dates) so totals are unchanged. Called once per customer: erasure is refused
	 * before this is called again.
	 */
	void erase(CustomerId customer);

}

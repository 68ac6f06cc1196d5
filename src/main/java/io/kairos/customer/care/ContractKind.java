package io.kairos.customer.care;

/** What a contract with a customer is: a service contract or a warranty. */
public enum ContractKind {

	SERVICE, WARRANTY

}

package io.kairos.messaging.gateway;

/**
 * Sends SMS, voice and WeChat messages through a provider. Kairos ships {@link LoggingTextGateway}, which records
 * them in the gateway log; a deployment with a real provider declares its own bean of this type instead.
 * Implementations throw on failure; the outbox then retries with backoff. {@link Outgoing#id()} is stable across
 * retries: pass it to the provider as its idempotency key where the provider has one.
 */
public interface TextGateway {

	void send(Outgoing message);

}

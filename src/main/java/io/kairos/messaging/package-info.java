/**
 * Every message Kairos sends to a customer (SPEC §2.9, §12 outbound): e-mail over SMTP, SMS, voice and WeChat
 * through a gateway. Other modules call {@link io.kairos.messaging.Notifications#request} inside their own
 * transaction with a {@link io.kairos.messaging.Notification}; messaging picks the channel the customer consented
 * to, applies the frequency caps to proactive messages, renders the template in the customer's language and
 * writes the message to its outbox. The message is delivered after the commit, retried with backoff when a
 * channel fails, and set aside as a dead letter after too many attempts.
 */
@ApplicationModule(allowedDependencies = { "customer", "identity", "shared" })
package io.kairos.messaging;

import org.springframework.modulith.ApplicationModule;

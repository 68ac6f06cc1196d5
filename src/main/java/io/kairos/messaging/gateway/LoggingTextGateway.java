package io.kairos.messaging.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default text gateway: writes each message to the gateway log, where admins can read it. */
class LoggingTextGateway implements TextGateway {

	private final GatewayLog log;

	LoggingTextGateway(GatewayLog log) {
		this.log = log;
	}

	@Override
	public void send(Outgoing message) {
		log.record(message);
	}

	@Configuration(proxyBeanMethods = false)
	static class DefaultGateway {

		@Bean
		@ConditionalOnMissingBean(TextGateway.class)
		TextGateway loggingTextGateway(GatewayLog log) {
			return new LoggingTextGateway(log);
		}

	}

}

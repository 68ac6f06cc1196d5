package io.kairos.messaging.template;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.kairos.identity.AuditLog;
import io.kairos.messaging.gateway.DeliveryChannel;
import io.kairos.shared.api.ProblemException;
import io.kairos.shared.time.Timestamps;

/**
 * The message templates: finding the one for a message (the channel's own, else for voice and WeChat the SMS
 * text; the customer's language, else Chinese, else English) and the admins' edits, which are audited.
 */
@Service
public class MessageTemplates {

	public static final String DEFAULT_LOCALE = "zh-CN";

	static final List<String> LOCALES = List.of("zh-CN", "en");

	private static final String COLUMNS = "kind, channel, locale, subject, body, html_body, version, updated_at";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	MessageTemplates(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The message for a kind on a channel in a language, or empty when the kind has no template for it. */
	@Transactional(readOnly = true)
	public Optional<RenderedMessage> render(String kind, DeliveryChannel channel, String locale,
			Map<String, String> values) {
		return choose(kind, channel, locale).map(template -> template.render(values));
	}

	Optional<MessageTemplate> choose(String kind, DeliveryChannel channel, String locale) {
		List<DeliveryChannel> channels = channel.usesSmsTextByDefault() ? List.of(channel, DeliveryChannel.SMS)
				: List.of(channel);
		List<String> locales = LOCALES.contains(locale) ? List.of(locale, DEFAULT_LOCALE, "en")
				: List.of(DEFAULT_LOCALE, "en");
		for (DeliveryChannel candidate : channels) {
			for (String language : locales) {
				Optional<MessageTemplate> found = find(kind, candidate, language);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public List<MessageTemplate> all() {
		return jdbc.sql("select " + COLUMNS + " from message_template order by kind, channel, locale")
			.query((rs, n) -> row(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<MessageTemplate> find(String kind, DeliveryChannel channel, String locale) {
		return jdbc.sql("select " + COLUMNS + " from message_template where kind = :kind and channel = :channel and locale = :locale")
			.param("kind", kind)
			.param("channel", channel.name())
			.param("locale", locale)
			.query((rs, n) -> row(rs))
			.optional();
	}

	@Transactional
	public MessageTemplate change(String kind, DeliveryChannel channel, String locale, TemplateChange change) {
		MessageTemplate current = find(kind, channel, locale)
			.orElseThrow(() -> ProblemException.notFound("problem.messaging.template-not-found"));
		if (change.version() == null || change.version() != current.version()) {
			throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "problem.stale-version", null);
		}
		String body = TemplateRules.body(change.body());
		String subject = channel == DeliveryChannel.EMAIL ? TemplateRules.subject(change.subject()) : null;
		String htmlBody = channel == DeliveryChannel.EMAIL ? TemplateRules.htmlBody(change.htmlBody()) : null;
		Instant now = clock.instant();
		jdbc.sql("""
				update message_template set subject = :subject, body = :body, html_body = :html,
				version = version + 1, updated_at = :at
				where kind = :kind and channel = :channel and locale = :locale and version = :version""")
			.param("subject", subject)
			.param("body", body)
			.param("html", htmlBody)
			.param("at", Timestamps.utc(now))
			.param("kind", kind)
			.param("channel", channel.name())
			.param("locale", locale)
			.param("version", current.version())
			.update();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("kind", kind);
		detail.put("channel", channel.name());
		detail.put("locale", locale);
		detail.put("version", current.version() + 1);
		detail.put("subjectChanged", !java.util.Objects.equals(subject, current.subject()));
		detail.put("bodyChanged", !body.equals(current.body()));
		detail.put("htmlChanged", !java.util.Objects.equals(htmlBody, current.htmlBody()));
		audit.record("messaging.template.changed", "message_template", kind + "/" + channel + "/" + locale, detail);
		return find(kind, channel, locale).orElseThrow();
	}

	private static MessageTemplate row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new MessageTemplate(rs.getString("kind"), DeliveryChannel.valueOf(rs.getString("channel")),
				rs.getString("locale"), rs.getString("subject"), rs.getString("body"), rs.getString("html_body"),
				rs.getInt("version"), Timestamps.instant(rs.getObject("updated_at", OffsetDateTime.class)));
	}

}

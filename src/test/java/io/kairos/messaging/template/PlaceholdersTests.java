package io.kairos.messaging.template;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kairos.messaging.gateway.DeliveryChannel;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

	static final String ATTACK = "<img src=x onerror=alert(1)>";

	@Test
	void fillsPlaceholdersAndLeavesMissingOnesEmpty() {
		String text = Placeholders.text("Dear {{customerName}}, ticket {{ ticketNumber }}{{missing}}.",
				Map.of("customerName", "王芳", "ticketNumber", "T-42"));

		assertThat(text).isEqualTo("Dear 王芳, ticket T-42.");
	}

	@Test
	void valuesAreTakenLiterallyEvenWithRegexSpecialCharacters() {
		assertThat(Placeholders.text("{{a}}", Map.of("a", "$1 \\ {{b}}"))).isEqualTo("$1 \\ {{b}}");
	}

	@Test
	void anHtmlTemplateKeepsItsMarkupButEscapesValues() {
		String html = Placeholders.html("<p>Re: <b>{{subject}}</b></p>", Map.of("subject", ATTACK + " & 'x' \"y\""));

		assertThat(html).isEqualTo(
				"<p>Re: <b>&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39; &quot;y&quot;</b></p>");
	}

	@Test
	void theHtmlPartOfATextBodyIsEscapedWithParagraphs() {
		String html = Placeholders.htmlFromText("Dear A,\n\nYour request " + ATTACK + "\nwas received.\n\nBye");

		assertThat(html).contains("<p>Dear A,</p>")
			.contains("<p>Your request &lt;img src=x onerror=alert(1)&gt;<br>\nwas received.</p>")
			.contains("<p>Bye</p>")
			.doesNotContain("<img");
	}

	@Test
	void anEmailTemplateRendersSubjectTextAndEscapedHtml() {
		MessageTemplate template = new MessageTemplate("ticket.received", DeliveryChannel.EMAIL, "en",
				"Received: {{subject}}", "Dear {{customerName}},\n\n{{subject}}", null, 0, Instant.EPOCH);

		RenderedMessage message = template.render(Map.of("customerName", "Li", "subject", ATTACK + "\r\nBcc: x@y"));

		assertThat(message.subject()).isEqualTo("Received: " + ATTACK + " Bcc: x@y").doesNotContain("\n");
		assertThat(message.text()).contains(ATTACK);
		assertThat(message.html()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
	}

	@Test
	void anSmsTemplateHasNoHtmlPart() {
		MessageTemplate template = new MessageTemplate("ticket.received", DeliveryChannel.SMS, "zh-CN", null,
				"{{customerName}}您好", null, 0, Instant.EPOCH);

		RenderedMessage message = template.render(Map.of("customerName", "王芳"));

		assertThat(message.text()).isEqualTo("王芳您好");
		assertThat(message.html()).isNull();
		assertThat(message.subject()).isNull();
	}

	@Test
	void aVeryLongSubjectIsShortenedToWhatTheOutboxKeeps() {
		MessageTemplate template = new MessageTemplate("ticket.reply", DeliveryChannel.EMAIL, "en", "Re: {{subject}}",
				"{{subject}}", null, 0, Instant.EPOCH);

		RenderedMessage message = template.render(Map.of("subject", "x".repeat(500)));

		assertThat(message.subject()).hasSize(MessageTemplate.MAX_SUBJECT).endsWith("…");
		assertThat(message.text()).hasSize(500);
	}

}

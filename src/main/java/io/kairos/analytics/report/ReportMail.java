package io.kairos.analytics.report;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import io.kairos.analytics.dashboard.DashboardTable;
import io.kairos.analytics.dashboard.DashboardView;

/**
 * A dashboard as an e-mail: each table as aligned text and as an HTML table, every text escaped (table cells hold
 * team names and other texts people typed), with a link back to the dashboard for the same period.
 */
@Component
class ReportMail {

	private final MessageSource messages;

	ReportMail(MessageSource messages) {
		this.messages = messages;
	}

	String subject(DashboardView view, ReportSchedule.Period period, Locale locale) {
		return messages.getMessage("analytics.report.mail.subject",
				new Object[] { messages.getMessage(view.kind().messageKey(), null, locale), period.from(), period.to() },
				locale);
	}

	String text(DashboardView view, String link, Locale locale) {
		StringBuilder text = new StringBuilder();
		view.figures().forEach(figure -> text.append(figure.label()).append(": ").append(figure.value())
			.append(figure.target() == null ? "" : " (" + figure.target() + ", " + figure.status() + ")")
			.append('\n'));
		for (DashboardTable table : view.tables()) {
			text.append('\n').append(table.title()).append('\n');
			text.append(String.join("\t", table.headers())).append('\n');
			for (List<Object> row : table.rows()) {
				text.append(String.join("\t", row.stream().map(ReportMail::cell).toList())).append('\n');
			}
		}
		if (view.tables().isEmpty() && view.figures().isEmpty()) {
			text.append(messages.getMessage("analytics.dashboard.empty", null, locale)).append('\n');
		}
		text.append('\n').append(messages.getMessage("analytics.report.mail.open", null, locale)).append(' ')
			.append(link).append('\n');
		return text.toString();
	}

	String html(DashboardView view, String link, Locale locale) {
		StringBuilder html = new StringBuilder("<div style=\"font-family:sans-serif\">");
		if (!view.figures().isEmpty()) {
			html.append("<ul>");
			view.figures().forEach(figure -> html.append("<li>").append(escape(figure.label())).append(": <b>")
				.append(escape(figure.value())).append("</b>")
				.append(figure.target() == null ? ""
						: " (" + escape(figure.target()) + ", " + escape(figure.status()) + ")")
				.append("</li>"));
			html.append("</ul>");
		}
		for (DashboardTable table : view.tables()) {
			html.append("<h3>").append(escape(table.title())).append("</h3><table border=\"1\" cellpadding=\"4\"><tr>");
			table.headers().forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
			html.append("</tr>");
			for (List<Object> row : table.rows()) {
				html.append("<tr>");
				row.forEach(cell -> html.append("<td>").append(escape(cell(cell))).append("</td>"));
				html.append("</tr>");
			}
			html.append("</table>");
		}
		html.append("<p><a href=\"").append(escape(link)).append("\">")
			.append(escape(messages.getMessage("analytics.report.mail.open", null, locale))).append("</a></p></div>");
		return html.toString();
	}

	private static String cell(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}

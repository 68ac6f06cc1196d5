package io.kairos.desk.sla;

import java.math.BigDecimal;
import java.util.List;

import io.kairos.desk.TicketChannel;
import io.kairos.desk.TicketPriority;
import io.kairos.desk.TicketType;

/** A new policy or the full new state of one (PUT). Null criteria match any ticket; null targets do not apply. */
public record SlaPolicyCommand(String nameEn, String nameZh, String customerTier, TicketType type,
		TicketPriority priority, TicketChannel channel, Integer firstResponseMinutes, Integer nextResponseMinutes,
		Integer resolutionMinutes, Integer callbackMinutes, Long calendarId, BigDecimal warningShare,
		List<SlaAction> breachActions) {
}

package io.kairos.desk;

/** What the customer came for (SPEC §2.1): 咨询, 投诉, 报修, 办理, 建议, 表扬. */
public enum TicketType {
	INQUIRY, COMPLAINT, REPAIR, SERVICE_ORDER, SUGGESTION, PRAISE
}

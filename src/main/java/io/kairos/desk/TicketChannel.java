package io.kairos.desk;

/** The channel a ticket or message came through (SPEC §2.1). */
public enum TicketChannel {
	HOTLINE, STORE, WEB, APP, EMAIL, WECHAT, SMS, SOCIAL, FIELD_VISIT, API
}

package io.kairos.customer.profile;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The account manager a change names, by staff user id. In a change, {@code null} and {@code 0} both mean "none",
 * while a change that leaves the field out keeps the account manager: JSON {@code null} reads as {@link #NONE}, a
 * missing field as Java {@code null}.
 */
@JsonDeserialize(using = AccountManagerRef.Reader.class)
public record AccountManagerRef(long id) {

	static final AccountManagerRef NONE = new AccountManagerRef(0);

	static class Reader extends ValueDeserializer<AccountManagerRef> {

		@Override
		public AccountManagerRef deserialize(JsonParser parser, DeserializationContext context) {
			Long id = context.readValue(parser, Long.class);
			return id == null ? NONE : new AccountManagerRef(id);
		}

		@Override
		public Object getNullValue(DeserializationContext context) {
			return NONE;
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return null;
		}

	}

}

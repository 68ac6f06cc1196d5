package io.kairos.customer.profile;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The organisation a change names, by customer id. In a change, {@code null} and {@code 0} both mean "none",
 * while a change that leaves the field out keeps the membership: JSON {@code null} reads as {@link #NONE}, a
 * missing field as Java {@code null}.
 */
@JsonDeserialize(using = OrganisationRef.Reader.class)
public record OrganisationRef(long id) {

	static final OrganisationRef NONE = new OrganisationRef(0);

	static class Reader extends ValueDeserializer<OrganisationRef> {

		@Override
		public OrganisationRef deserialize(JsonParser parser, DeserializationContext context) {
			Long id = context.readValue(parser, Long.class);
			return id == null ? NONE : new OrganisationRef(id);
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

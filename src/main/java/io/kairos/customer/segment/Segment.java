package io.kairos.customer.segment;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A saved segment: names in both languages, its rule as JSON text, and its default information channels. */
@Table("segment")
class Segment {

	@Id
	private final Long id;

	@Version
	private final Integer version;

	private final String code;

	private String nameEn;

	private String nameZh;

	private String rule;

	private String defaultChannels;

	private final Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	Segment(Long id, Integer version, String code, String nameEn, String nameZh, String rule, String defaultChannels,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.code = code;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.rule = rule;
		this.defaultChannels = defaultChannels;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Segment define(String nameEn, String nameZh, String rule, String defaultChannels, Instant now) {
		return new Segment(null, null, null, nameEn, nameZh, rule, defaultChannels, now, now);
	}

	void redefine(String newNameEn, String newNameZh, String newRule, String newDefaultChannels, Instant now) {
		this.nameEn = newNameEn;
		this.nameZh = newNameZh;
		this.rule = newRule;
		this.defaultChannels = newDefaultChannels;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	int version() {
		return version == null ? 0 : version;
	}

	String code() {
		return code;
	}

	String nameEn() {
		return nameEn;
	}

	String nameZh() {
		return nameZh;
	}

	String rule() {
		return rule;
	}

	String defaultChannels() {
		return defaultChannels;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}

package io.kairos.voc.survey;

/** A survey version is edited while DRAFT and frozen once PUBLISHED (answers point at it). */
public enum VersionStatus {

	DRAFT, PUBLISHED

}

package io.kairos.voc.survey;

/** A choice of a SINGLE or MULTI question: the code answers carry and its text. */
public record OptionSpec(String code, LocalizedText text) {
}

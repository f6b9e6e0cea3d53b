package org.sitrep.model;

/** An input that could not be read, and why: reported, never silently dropped. */
public record SkippedInput(String source, String problem) {}

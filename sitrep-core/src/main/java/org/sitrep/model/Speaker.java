package org.sitrep.model;

/** Who a quote or a claim is attributed to: an entity where one was found, and the words naming it. */
public record Speaker(String entityId, String name, Span span) {}

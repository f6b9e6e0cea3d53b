package org.sitrep.model;

/** A party to an event, with an ACLED actor type (state forces, rebel group, civilians…). */
public record Actor(String entityId, String name, String actorType, Span span) {}

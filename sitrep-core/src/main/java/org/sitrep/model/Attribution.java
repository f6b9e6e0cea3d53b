package org.sitrep.model;

/** Who claims a figure, and which outlet (and wire agency) carried the claim. */
public record Attribution(Speaker source, String outlet, String wireAgency) {}

package org.sitrep.eval;

/** One figure of an evaluation, e.g. precision 0.953. */
public record Metric(String name, double value) {}

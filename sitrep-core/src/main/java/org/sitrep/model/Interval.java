package org.sitrep.model;

/**
 * A figure as an interval: "up to 20,000" → [0, 20000]; "more than 260,000" → (260000, ∞).
 * A null bound is unbounded.
 *
 * @param precision how sharp the figure is as written: EXACT, ROUNDED, APPROXIMATE or VAGUE ("thousands")
 */
public record Interval(Double low, boolean lowClosed, Double high, boolean highClosed, String precision) {}

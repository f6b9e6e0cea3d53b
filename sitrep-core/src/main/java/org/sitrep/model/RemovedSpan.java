package org.sitrep.model;

/**
 * A stretch the clean stage cut from the raw text, kept so an analyst can see what was cut and why.
 *
 * @param begin       offset into {@link Document#rawText()}
 * @param end         offset into {@link Document#rawText()}, exclusive
 * @param cleanOffset where the cut stands in {@link Document#cleanText()}, so a reader can show it in place
 */
public record RemovedSpan(int begin, int end, int cleanOffset, String text, RemovalReason reason) {}

package org.sitrep.extract.quote;

import org.sitrep.model.Span;

/**
 * A quote with the attribution it belongs to.
 *
 * @param content     for a direct quote the words inside the marks, for an indirect one the reported clause
 * @param quoted      the quote with its marks (direct), or the attribution's whole content (indirect)
 * @param attribution the cue and source; for a carried-over quote, those of the quote it continues
 * @param carriedOver true for a quote with no cue of its own that continues the previous speaker's quote
 */
public record AttributedQuote(Span content, Span quoted, boolean direct, ReportedSpeech attribution,
                              boolean carriedOver) {}

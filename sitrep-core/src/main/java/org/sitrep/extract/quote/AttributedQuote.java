package org.sitrep.extract.quote;

import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * A quote with the attribution it belongs to.
 *
 * @param content     for a direct quote the words inside the marks, for an indirect one the reported clause
 * @param quoted      the quote with its marks (direct), or the attribution's whole content (indirect)
 * @param attribution the cue and source; for a carried-over quote, those of the quote it continues
 * @param carriedOver true for a quote with no cue of its own that continues the previous speaker's quote
 * @param brief       true for reported speech with fewer than three words of its own outside quote marks ("endorsed
 *                    Cruz", "said so"): an attribution all the same, but too slight for the dossier's quotes
 */
public record AttributedQuote(Span content, Span quoted, boolean direct, ReportedSpeech attribution,
                              boolean carriedOver, boolean brief) {

    AttributedQuote(Span content, Span quoted, boolean direct, ReportedSpeech attribution, boolean carriedOver) {
        this(content, quoted, direct, attribution, carriedOver, false);
    }

    public Quote.Kind kind() {
        return direct ? Quote.Kind.DIRECT : attribution.kind();
    }
}

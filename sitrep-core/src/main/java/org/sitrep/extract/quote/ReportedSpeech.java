package org.sitrep.extract.quote;

import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;
import org.sitrep.model.Span;

/**
 * One attribution found in a sentence: who (source), the words that attribute (cue), and what is attributed
 * (content).
 *
 * @param source       the speaker, linked to an entity where the text allows
 * @param cue          the cue's lemma: "say", "tell", "estimate", "according to"
 * @param cueSpan      the cue as written: "said", "has said", "according to"
 * @param content      what is attributed: a clause, a quote, or a noun phrase for verbs such as "denied"; for a
 *                     reporting clause apart from its quote ("Cruz continued:" before it, "she said." after it in
 *                     a sentence of its own) just its colon or full stop, which {@link QuoteAssignment} joins to
 *                     the quote
 * @param organisation the organisation the source phrase ties the speaker to ("OCHA" in "OCHA spokeswoman
 *                     Linda Tom", "Liwa al-Tawheed" in "al-Najdawi from Liwa al-Tawheed"), or null
 * @param kind         INDIRECT for reported speech or thought, STANCE for a side taken ("endorsed Cruz")
 */
public record ReportedSpeech(Speaker source, String cue, Span cueSpan, Span content, String organisation,
                             Quote.Kind kind) {

    boolean stance() {
        return kind == Quote.Kind.STANCE;
    }
}

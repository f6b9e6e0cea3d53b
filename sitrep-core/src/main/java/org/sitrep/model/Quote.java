package org.sitrep.model;

import java.util.List;

/**
 * Something someone said, in their words (direct) or reported (indirect), or a stance the text gives them.
 *
 * @param attributionChain from the speaker outwards: spokeswoman Linda Tom → OCHA → AFP
 * @param kind             what sort of attribution it is; {@code direct} is {@code kind == DIRECT}
 */
public record Quote(Span span, boolean direct, Speaker speaker, String cueVerb, List<String> attributionChain,
                    Kind kind) {

    /**
     * DIRECT: words in quote marks; INDIRECT: reported speech or thought ("said that…", "believes…"); STANCE: a side
     * someone takes, with no words of theirs reported ("endorsed Cruz", "called for a ban", "Trump's call for…"),
     * which attribution corpora such as PolNeAR count as attributions but a reader should not take for a quote.
     */
    public enum Kind { DIRECT, INDIRECT, STANCE }

    public Quote {
        attributionChain = List.copyOf(attributionChain);
        if (kind == null) {
            kind = direct ? Kind.DIRECT : Kind.INDIRECT; // stored before kinds existed
        }
    }

    /** A direct or an indirect quote. */
    public Quote(Span span, boolean direct, Speaker speaker, String cueVerb, List<String> attributionChain) {
        this(span, direct, speaker, cueVerb, attributionChain, null);
    }
}

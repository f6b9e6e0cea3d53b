package org.sitrep.model;

import java.util.List;

/**
 * Something someone said, in their words (direct) or reported (indirect).
 *
 * @param attributionChain from the speaker outwards: spokeswoman Linda Tom → OCHA → AFP
 */
public record Quote(Span span, boolean direct, Speaker speaker, String cueVerb, List<String> attributionChain) {
    public Quote {
        attributionChain = List.copyOf(attributionChain);
    }
}

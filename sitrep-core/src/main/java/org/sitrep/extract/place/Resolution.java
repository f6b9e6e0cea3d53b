package org.sitrep.extract.place;

import java.util.List;
import org.sitrep.extract.place.gazetteer.NameKind;

/**
 * What the resolver made of one toponym.
 *
 * @param ranked     candidates, best first, with their scores
 * @param resolved   the chosen entry, or -1 when the name could not be placed
 * @param confidence the chosen candidate's share of the score mass, in [0, 1]; 0 when unresolved
 */
public record Resolution(Toponym toponym, List<Scored> ranked, int resolved, double confidence) {

    /**
     * A candidate entry and its score; {@code prior} is the part that needs no other name in the text;
     * {@code kind} is how the name belongs to it; {@code fuzzy} when only a fuzzy or partial match found it.
     */
    public record Scored(int entry, NameKind kind, boolean fuzzy, double prior, double score) {}

    public Resolution {
        ranked = List.copyOf(ranked);
    }

    public boolean isResolved() {
        return resolved >= 0;
    }
}

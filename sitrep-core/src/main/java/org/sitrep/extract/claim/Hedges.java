package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a figure is hedged, from the words of its own clause:
 * <ul>
 *   <li>{@value #WORST_CASE}: "a worst-case scenario could see…", "in the worst case"</li>
 *   <li>{@value #EXPECTED}: a projection, not a count: "could", "may", "might", "will", "would", "expected to",
 *       "projected", "forecast", "likely to"</li>
 *   <li>{@value #ESTIMATE}: "estimated", "estimates", "an estimated", "thought to", "believed to"</li>
 * </ul>
 */
final class Hedges {

    static final String WORST_CASE = "worst_case";
    static final String EXPECTED = "expected";
    static final String ESTIMATE = "estimate";

    private static final Set<String> MODALS = Set.of("could", "may", "might", "will", "would", "'ll", "wo");
    private static final Set<String> PROJECTIONS = Set.of("expect", "project", "forecast", "predict", "anticipate");

    private Hedges() {}

    /**
     * Hedges signalled in tokens [{@code from}, {@code to}) of the sentence (the figure's clause) for the figure
     * ending before {@code figureEnd}. A modal after the figure hedges it only when no comma
     * separates them: in "Azaz, a few miles from the crossing, would…" the modal is the main clause's.
     */
    static List<String> in(List<Token> tokens, int from, int to, int figureEnd) {
        List<String> found = new ArrayList<>();
        int comma = Integer.MAX_VALUE;
        for (int t = figureEnd; t < Math.min(tokens.size(), to); t++) {
            if (tokens.get(t).word().equals(",")) {
                comma = t;
                break;
            }
        }
        for (int t = Math.max(0, from); t < Math.min(tokens.size(), to); t++) {
            Token token = tokens.get(t);
            String base = token.base();
            String next = t + 1 < tokens.size() ? tokens.get(t + 1).lower() : "";
            String afterDash = t + 2 < tokens.size() && tokens.get(t + 1).isDash() ? tokens.get(t + 2).lower() : "";
            if (token.lower().equals("worst") && (next.equals("case") || afterDash.equals("case"))
                    || token.lower().equals("worst-case")) {
                add(found, WORST_CASE);
            } else if (MODALS.contains(token.lower()) && (token.tag().isEmpty() || token.tag().equals("MD")) && t < comma
                    || PROJECTIONS.contains(base) && !token.isNoun()
                    || base.equals("likely") && next.equals("to")) {
                add(found, EXPECTED);
            } else if (base.equals("estimate") || token.lower().equals("estimated")
                    || (base.equals("think") || base.equals("believe")) && next.equals("to")) {
                add(found, ESTIMATE);
            }
        }
        return found;
    }

    private static void add(List<String> found, String hedge) {
        if (!found.contains(hedge)) {
            found.add(hedge);
        }
    }
}

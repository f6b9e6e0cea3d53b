package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs predicted figures with gold figures of one article: a pair needs overlapping spans, each figure is in at
 * most one pair, and the pairs with the largest overlap are taken first (greedy), so "up to 20,000" predicted
 * over gold "up to 20,000" wins over a neighbouring figure it merely touches.
 */
public final class ClaimsMatcher {

    private ClaimsMatcher() {}

    /** A gold figure and the predicted figure it was matched to. */
    public record Pair(ClaimsFigure gold, ClaimsFigure predicted) {}

    public static List<Pair> match(List<ClaimsFigure> gold, List<ClaimsFigure> predicted) {
        record Candidate(int gold, int predicted, int overlap) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = gold.get(g).overlap(predicted.get(p));
                if (overlap > 0) {
                    candidates.add(new Candidate(g, p, overlap));
                }
            }
        }
        // Ties go to the earlier gold, then the earlier prediction, so the result does not depend on list order.
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(c -> gold.get(c.gold()).begin())
                .thenComparingInt(c -> predicted.get(c.predicted()).begin())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredicted = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedPredicted.contains(c.predicted())) {
                usedGold.add(c.gold());
                usedPredicted.add(c.predicted());
                pairs.add(new Pair(gold.get(c.gold()), predicted.get(c.predicted())));
            }
        }
        pairs.sort(Comparator.comparingInt(p -> p.gold().begin()));
        return pairs;
    }
}

package org.sitrep.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a set of articles for each {@link ClaimsField}: precision is the matched pairs with the field right
 * over all predicted figures, recall the same over all gold figures. With nothing predicted (an extractor not yet
 * registered) precision is 0, not undefined, so the report still prints.
 */
public final class ClaimsScore {

    private int gold;
    private int predicted;
    private final Map<ClaimsField, Integer> right = new EnumMap<>(ClaimsField.class);

    /** Adds one article: its gold figures, its predicted figures and the pairs the matcher made of them. */
    public void add(List<ClaimsFigure> goldFigures, List<ClaimsFigure> predictedFigures, List<ClaimsMatcher.Pair> pairs) {
        gold += goldFigures.size();
        predicted += predictedFigures.size();
        for (ClaimsField field : ClaimsField.values()) {
            int n = (int) pairs.stream().filter(p -> field.right(p.gold(), p.predicted())).count();
            right.merge(field, n, Integer::sum);
        }
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int right(ClaimsField field) {
        return right.getOrDefault(field, 0);
    }

    public double precision(ClaimsField field) {
        return predicted == 0 ? 0 : (double) right(field) / predicted;
    }

    public double recall(ClaimsField field) {
        return gold == 0 ? 0 : (double) right(field) / gold;
    }

    public double f1(ClaimsField field) {
        double p = precision(field);
        double r = recall(field);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

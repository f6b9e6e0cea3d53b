package org.sitrep.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998; Amigó et al.
 * 2009 show it is the one clustering metric meeting all their formal constraints). Per item: precision is the
 * share of its predicted cluster that shares its gold cluster, recall the share of its gold cluster that shares
 * its predicted cluster; both are averaged over the items scored.
 *
 * <p>Clusters are taken over every item given, and the scores averaged over {@code scored} only, so a part of a
 * stream can be scored while the whole stream is clustered: an item mixed with items of another part is imprecise.
 */
public record StoryBCubed(double precision, double recall, double f1, int items) {

    public static StoryBCubed score(Map<String, String> gold, Map<String, String> predicted, List<String> scored) {
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (var entry : gold.entrySet()) {
            String cluster = predictedOf(predicted, entry.getKey());
            goldSizes.merge(entry.getValue(), 1, Integer::sum);
            predictedSizes.merge(cluster, 1, Integer::sum);
            both.merge(cluster + '\u0000' + entry.getValue(), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String item : scored) {
            String goldCluster = gold.get(item);
            if (goldCluster == null) {
                throw new IllegalArgumentException("no gold cluster for " + item);
            }
            String cluster = predictedOf(predicted, item);
            double shared = both.get(cluster + '\u0000' + goldCluster);
            precision += shared / predictedSizes.get(cluster);
            recall += shared / goldSizes.get(goldCluster);
        }
        int n = scored.size();
        if (n == 0) {
            return new StoryBCubed(0, 0, 0, 0);
        }
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new StoryBCubed(precision, recall, f1, n);
    }

    /** An item the clustering left out stands alone, as a singleton. */
    private static String predictedOf(Map<String, String> predicted, String item) {
        String cluster = predicted.get(item);
        return cluster != null ? cluster : "\u0001singleton:" + item;
    }
}

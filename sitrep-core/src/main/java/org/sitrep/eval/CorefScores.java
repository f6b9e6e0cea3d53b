package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference scores of the CoNLL-2011/2012 shared tasks over a clustering of mentions: MUC (Vilain et al.
 * 1995, links), B³ (Bagga and Baldwin 1998, mentions; {@link StoryBCubed}) and CEAF-e (Luo 2005, entities aligned
 * one to one by the Kuhn–Munkres algorithm, similarity φ4 = 2|K ∩ R| / (|K| + |R|)); the CoNLL F1 is their mean.
 * Every mention has a gold and a predicted cluster (a mention the system missed is its own predicted singleton).
 */
record CorefScores(double mucF1, double bcubedPrecision, double bcubedRecall, double bcubedF1, double ceafeF1) {

    double conllF1() {
        return (mucF1 + bcubedF1 + ceafeF1) / 3;
    }

    static CorefScores of(Map<String, String> gold, Map<String, String> predicted) {
        List<Set<String>> key = clusters(gold);
        List<Set<String>> response = clusters(predicted);
        StoryBCubed b3 = StoryBCubed.score(gold, predicted, List.copyOf(gold.keySet()));
        double mucR = muc(key, predicted);
        double mucP = muc(response, gold);
        return new CorefScores(f1(mucP, mucR), b3.precision(), b3.recall(), b3.f1(), ceafe(key, response));
    }

    /** MUC recall of {@code clusters} against {@code other}: links kept, Σ(|K| − |partitions of K|) / Σ(|K| − 1). */
    private static double muc(List<Set<String>> clusters, Map<String, String> other) {
        double kept = 0;
        double all = 0;
        for (Set<String> cluster : clusters) {
            Set<String> parts = new HashSet<>();
            cluster.forEach(mention -> parts.add(other.get(mention)));
            kept += cluster.size() - parts.size();
            all += cluster.size() - 1;
        }
        return all == 0 ? 0 : kept / all;
    }

    private static double ceafe(List<Set<String>> key, List<Set<String>> response) {
        int n = Math.max(key.size(), response.size());
        double[][] cost = new double[n][n];
        for (int i = 0; i < key.size(); i++) {
            for (int j = 0; j < response.size(); j++) {
                Set<String> shared = new HashSet<>(key.get(i));
                shared.retainAll(response.get(j));
                cost[i][j] = -2.0 * shared.size() / (key.get(i).size() + response.get(j).size());
            }
        }
        double similarity = -assignmentCost(cost);
        return f1(similarity / response.size(), similarity / key.size());
    }

    /** The least total cost of a one-to-one assignment of rows to columns (Kuhn–Munkres, O(n³)). */
    static double assignmentCost(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] match = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            double[] least = new double[n + 1];
            Arrays.fill(least, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = match[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double current = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (current < least[j]) {
                            least[j] = current;
                            way[j] = j0;
                        }
                        if (least[j] < delta) {
                            delta = least[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        least[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) {
            total += cost[match[j] - 1][j - 1];
        }
        return total;
    }

    private static List<Set<String>> clusters(Map<String, String> clustering) {
        Map<String, Set<String>> byCluster = new LinkedHashMap<>();
        clustering.forEach((mention, cluster) -> byCluster.computeIfAbsent(cluster, c -> new HashSet<>()).add(mention));
        return new ArrayList<>(byCluster.values());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.CrossDocumentEntity.Evidence;

/** The name groups sharing one blocking key, compared pair by pair. */
final class Block {

    record Match(int a, int b, Evidence evidence) {}

    private Block() {}

    /**
     * The pairs of {@code block} a rule merges, not yet compared in another block. A name that matches two names
     * which do not match each other ("Assad" against "Bashar al-Assad" and "Hafez al-Assad") is ambiguous: merging
     * it would merge them too, so its matches are dropped.
     */
    static List<Match> matches(List<NameGroup> groups, List<Integer> block, Set<Long> compared) {
        List<Match> found = new ArrayList<>();
        Map<Integer, List<Integer>> partners = new LinkedHashMap<>();
        for (int x = 0; x < block.size(); x++) {
            for (int y = x + 1; y < block.size(); y++) {
                int a = block.get(x);
                int b = block.get(y);
                NameGroup first = groups.get(a);
                NameGroup second = groups.get(b);
                if (first.sameSingleDocument(second) || !compared.add(pair(a, b))) {
                    continue;
                }
                MergeRules.test(first, second).ifPresent(evidence -> {
                    found.add(new Match(a, b, evidence));
                    partners.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    partners.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                });
            }
        }
        Set<Integer> ambiguous = new HashSet<>();
        partners.forEach((group, others) -> {
            if (!consistent(groups, others)) {
                ambiguous.add(group);
            }
        });
        return found.stream().filter(m -> !ambiguous.contains(m.a()) && !ambiguous.contains(m.b())).toList();
    }

    private static boolean consistent(List<NameGroup> groups, List<Integer> others) {
        for (int x = 0; x < others.size(); x++) {
            for (int y = x + 1; y < others.size(); y++) {
                if (MergeRules.test(groups.get(others.get(x)), groups.get(others.get(y))).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}

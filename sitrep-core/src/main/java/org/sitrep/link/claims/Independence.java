package org.sitrep.link.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.link.origin.Partition;
import org.sitrep.link.origin.SharedOrigins;

/**
 * The independent sources among a group's figures. Two figures come from one source when their sources are the same
 * ({@link Source}: one speaker, or the organisation a spokesperson speaks for; one wire agency; one outlet), when
 * they sit in paragraphs copied from one another, or when both are their reports' own (unattributed) figures and
 * the reports share an origin ({@link SharedOrigins}: the same wire, a quote taken word for word, copied
 * paragraphs). A figure a report attributes to a speaker is that speaker's, whatever else the report shares.
 */
final class Independence {

    /**
     * @param sources the independent sources' names, in the order the group first cites them
     * @param sourceOf for each member (by position), the index of its independent source
     * @param joined  why sources with different names were taken for one, in words
     */
    record Sources(List<String> sources, int[] sourceOf, List<String> joined) {}

    private Independence() {}

    static Sources of(List<AlignedClaim> members, SharedOrigins origins) {
        Partition partition = new Partition(members.size());
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (partition.root(i) == partition.root(j)) {
                    continue;
                }
                Optional<String> why = oneSource(members.get(i), members.get(j), origins);
                if (why.isPresent()) {
                    partition.join(i, j);
                    if (!why.get().isEmpty()) {
                        joined.add(why.get());
                    }
                }
            }
        }
        Map<Integer, Integer> index = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        int[] sourceOf = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            int root = partition.root(i);
            if (!index.containsKey(root)) {
                index.put(root, names.size());
                names.add(members.get(root).source().name());
            }
            sourceOf[i] = index.get(root);
        }
        return new Sources(names, sourceOf, joined);
    }

    /** Why two figures are one source: empty when they are independent, an empty reason when it goes without saying. */
    static Optional<String> oneSource(AlignedClaim a, AlignedClaim b, SharedOrigins origins) {
        if (a.source().key().equals(b.source().key())) {
            return Optional.of("");
        }
        String pair = a.source().name() + " and " + b.source().name() + " count as one source: ";
        if (origins.samePassage(a.claim().span(), b.claim().span())) {
            return Optional.of(pair + "the figures sit in near-duplicate paragraphs.");
        }
        if (a.source().own() && b.source().own()) {
            return origins.between(a.document().id(), b.document().id()).map(why -> pair + "their reports share an "
                    + "origin (" + why + ").");
        }
        return Optional.empty();
    }
}

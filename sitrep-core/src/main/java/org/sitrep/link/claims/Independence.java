package org.sitrep.link.claims;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** At most this many joins are spelled out in a group's reasoning; the rest are counted. */
    private static final int REASONS = 5;

    /**
     * Each member is joined to the first member with the same source, the same copied passage, or (for a report's
     * own figure) the same report origin: hashing, not pairs, so a group many reports repeat costs its size.
     */
    static Sources of(List<AlignedClaim> members, SharedOrigins origins) {
        Partition partition = new Partition(members.size());
        Map<String, Integer> first = new HashMap<>();
        List<String> joined = new ArrayList<>();
        int unexplained = 0;
        for (int i = 0; i < members.size(); i++) {
            AlignedClaim member = members.get(i);
            List<String> keys = new ArrayList<>();
            keys.add("source:" + member.source().key());
            Integer passage = origins.passageAt(member.claim().span());
            if (passage != null) {
                keys.add("passage:" + passage);
            }
            if (member.source().own()) {
                keys.add("origin:" + origins.originOf(member.document().id()));
            }
            for (String key : keys) {
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier == null || !partition.join(earlier, i)) {
                    continue;
                }
                String why = oneSource(members.get(earlier), member, origins)
                        .orElse(members.get(earlier).source().name() + " and " + member.source().name()
                                + " count as one source: their reports share an origin through other reports.");
                if (why.isEmpty()) {
                    continue;
                }
                if (joined.size() < REASONS) {
                    joined.add(why);
                } else {
                    unexplained++;
                }
            }
        }
        if (unexplained > 0) {
            joined.add("And " + unexplained + " more such joins.");
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

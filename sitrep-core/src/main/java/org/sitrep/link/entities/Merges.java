package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.CrossDocumentEntity.Evidence;

/** Name groups joined into entities (union–find), with the evidence of each join. */
final class Merges {

    private final int[] parent;
    private final List<List<Evidence>> evidence = new ArrayList<>();

    Merges(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            evidence.add(new ArrayList<>());
        }
    }

    List<Evidence> evidence(int group) {
        return evidence.get(root(group));
    }

    /** Joins two groups; a match between groups already joined adds nothing, so each merge has one piece of evidence. */
    void join(int a, int b, Evidence why) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        int kept = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        parent[gone] = kept;
        evidence.get(kept).addAll(evidence.get(gone));
        evidence.get(kept).add(why);
        evidence.get(gone).clear();
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One entity per set, in order of first mention; named by its fullest name ("Recep Tayyip Erdogan"). */
    List<CrossDocumentEntity> entities(List<NameGroup> groups) {
        Map<Integer, List<NameGroup>> sets = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            sets.computeIfAbsent(root(i), k -> new ArrayList<>()).add(groups.get(i));
        }
        List<CrossDocumentEntity> entities = new ArrayList<>();
        sets.forEach((root, members) -> {
            String canonical = members.stream().flatMap(g -> g.written.stream())
                    .max(Comparator.comparingInt((String name) -> NameForms.words(NameForms.normalise(name)).size())
                            .thenComparingInt(String::length)
                            .thenComparing(Comparator.<String>naturalOrder().reversed()))
                    .orElseThrow();
            Set<String> aliases = new LinkedHashSet<>();
            members.forEach(g -> {
                aliases.addAll(g.written);
                aliases.addAll(g.writtenAliases);
            });
            aliases.remove(canonical);
            // in order of first mention, as the documents and their entities came
            var joined = members.stream().flatMap(g -> g.members.stream())
                    .sorted(Comparator.comparingInt(NameGroup.Mentioned::order))
                    .map(NameGroup.Mentioned::member)
                    .toList();
            entities.add(new CrossDocumentEntity("xe-" + joined.getFirst().entityId(), canonical,
                    members.getFirst().type, List.copyOf(aliases), joined, evidence.get(root)));
        });
        return entities;
    }

}

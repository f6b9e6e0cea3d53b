package org.sitrep.link.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.CrossDocumentEntity.Evidence;
import org.sitrep.model.CrossDocumentEntity.Rule;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;

/**
 * Cross-document entity resolution: the documents' entities merged into one entity per thing talked about, by
 * explainable rules ({@link MergeRules}), each merge with its evidence. Entities whose names fold alike are one
 * group at once ({@link NameGroup}); differently named groups are compared only within a block of a shared key
 * ({@link BlockingKeys}), never all pairs.
 */
public final class CrossDocumentEntities {

    /**
     * A key shared by more names than this (a head word like "council" over a large corpus) says too little to
     * compare them all: the block is left out rather than compared pair by pair.
     */
    static final int MAX_BLOCK = 64;

    private CrossDocumentEntities() {}

    public static EntityResolution of(List<DocumentAnalysis> documents) {
        Map<String, NameGroup> byName = new LinkedHashMap<>();
        int order = 0;
        for (DocumentAnalysis analysis : documents) {
            for (Entity entity : analysis.entities()) {
                int at = order++;
                byName.computeIfAbsent(NameGroup.keyOf(entity),
                        key -> new NameGroup(entity.type(), NameForms.normalise(entity.canonicalName())))
                        .add(at, analysis.document().id(), entity);
            }
        }
        List<NameGroup> groups = List.copyOf(byName.values());
        Merges merges = new Merges(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            NameGroup group = groups.get(i);
            if (group.documents.size() > 1) {
                merges.evidence(i).add(new Evidence(Rule.SAME_NAME, List.copyOf(group.written),
                        List.copyOf(group.documents), "the same name, written alike once folded"));
            }
        }
        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String key : BlockingKeys.of(groups.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() > 1 && block.size() <= MAX_BLOCK) {
                Block.matches(groups, block, compared).forEach(match -> merges.join(match.a(), match.b(), match.evidence()));
            }
        }
        return new EntityResolution(merges.entities(groups));
    }
}

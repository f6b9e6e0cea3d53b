package org.sitrep.serve;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.Story;

/**
 * A dossier as the API reads it: documents by id, each figure's group, and the same for one story's members
 * ({@link #story}), kept so a request does not rebuild them. Immutable; replaced when the workspace changes.
 */
final class ScopedDossier {

    private final Dossier dossier;
    private final Map<String, DocumentAnalysis> byId;
    private final Map<Claim, ClaimGroup> groupOf = new java.util.IdentityHashMap<>();
    private final Map<String, ScopedDossier> stories = new ConcurrentHashMap<>();
    private final Map<String, Object> views = new ConcurrentHashMap<>();

    ScopedDossier(Dossier dossier) {
        this.dossier = dossier;
        this.byId = dossier.documents().stream().collect(Collectors.toMap(a -> a.document().id(),
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
        dossier.claimGroups().forEach(group -> group.claims().forEach(claim -> groupOf.put(claim, group)));
    }

    /**
     * The view {@code key} names, built once per dossier: the dossier does not change, so neither do the rows built
     * from it, and a page is then a slice of them (a figure's sentence is found once, not per request).
     */
    @SuppressWarnings("unchecked")
    <T> T view(String key, Supplier<T> build) {
        Object found = views.get(key);
        if (found == null) {
            found = build.get();
            Object raced = views.putIfAbsent(key, found);
            if (raced != null) {
                found = raced;
            }
        }
        return (T) found;
    }

    Dossier dossier() {
        return dossier;
    }

    DocumentAnalysis document(String id) {
        DocumentAnalysis found = byId.get(id);
        if (found == null) {
            throw new NotFound("document", id);
        }
        return found;
    }

    /** The group the claim was compared in, or null (a figure no other can be compared with). */
    ClaimGroup groupOf(Claim claim) {
        return groupOf.get(claim);
    }

    Story storyNamed(String id) {
        return dossier.stories().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("story", id));
    }

    /** The stories a document belongs to. */
    List<String> storiesOf(String documentId) {
        return dossier.stories().stream().filter(s -> s.members().contains(documentId)).map(Story::id).toList();
    }

    /** The dossier narrowed to one story: its documents, the figure groups and entities that involve them. */
    ScopedDossier story(String id) {
        Story story = storyNamed(id);
        return stories.computeIfAbsent(id, key -> {
            Set<String> members = new HashSet<>(story.members());
            var documents = dossier.documents().stream().filter(a -> members.contains(a.document().id())).toList();
            var groups = dossier.claimGroups().stream()
                    .filter(g -> g.claims().stream().anyMatch(c -> members.contains(c.span().documentId()))).toList();
            var entities = dossier.crossDocumentEntities().stream()
                    .filter(e -> e.members().stream().anyMatch(m -> members.contains(m.documentId()))).toList();
            var events = dossier.events().stream()
                    .filter(e -> e.event().documentIds().stream().anyMatch(members::contains)).toList();
            return new ScopedDossier(new Dossier(dossier.schemaVersion(), dossier.generatedAt(), documents,
                    List.of(story), groups, entities, List.of(), events));
        });
    }
}

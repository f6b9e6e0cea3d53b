package org.sitrep.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.EntityType;

/**
 * The people and organisations several reports name, as the Markdown and HTML reports list them: the reports,
 * the names used and why they were taken for one. Places have their own section.
 */
final class CrossDocumentEntityRows {

    private static final Set<EntityType> SHOWN = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP);

    record Row(CrossDocumentEntity entity, List<DocumentAnalysis> documents, List<String> evidence) {}

    private CrossDocumentEntityRows() {}

    static List<Row> of(Dossier dossier) {
        Map<String, DocumentAnalysis> byId = dossier.documents().stream()
                .collect(Collectors.toMap(a -> a.document().id(), Function.identity(), (a, b) -> a));
        return dossier.crossDocumentEntities().stream()
                .filter(entity -> SHOWN.contains(entity.type()))
                .map(entity -> new Row(entity, entity.members().stream().map(CrossDocumentEntity.Member::documentId)
                        .distinct().filter(byId::containsKey).map(byId::get).toList(), evidence(entity)))
                .filter(row -> row.documents().size() > 1)
                .toList();
    }

    private static List<String> evidence(CrossDocumentEntity entity) {
        return entity.evidence().stream()
                .map(e -> e.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + e.reason())
                .toList();
    }
}

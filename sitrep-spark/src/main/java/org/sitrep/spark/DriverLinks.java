package org.sitrep.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.entities.EntityResolution;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.model.CrossDocumentEntity;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Story;
import org.sitrep.store.AnalysisJson;

/**
 * The links computed on the driver, with the core's code: stories ({@link DocumentStories}, a streaming clusterer
 * whose candidates come from a Lucene index, never all pairs) and entities across reports
 * ({@link CrossDocumentEntities}, blocked by name keys). Both need the corpus in one order (stories: publication
 * order; the clusterer's term weights are corpus-wide), so they run where that order is: the driver gets each
 * document's title, clean text, date, entities and places, not its raw text, claims or events.
 *
 * @param speakerNames  per-document entity id → the canonical name of its entity across reports
 * @param acrossReports per-document entity id → the id of its entity across reports
 */
record DriverLinks(List<Story> stories, List<CrossDocumentEntity> entities, Map<String, String> speakerNames,
                   Map<String, String> acrossReports) {

    static DriverLinks of(JavaRDD<AnalyzedDocument> documents) {
        List<DocumentAnalysis> linkable = documents.map(DriverLinks::linkable).collect().stream()
                .sorted(AnalyzedDocument.INPUT_ORDER).map(AnalyzedDocument::analysis).toList();
        EntityResolution resolution = CrossDocumentEntities.of(linkable);
        Map<String, String> names = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (CrossDocumentEntity entity : resolution.entities()) {
            entity.members().forEach(member -> {
                names.put(member.entityId(), entity.canonicalName());
                ids.put(member.entityId(), entity.id());
            });
        }
        return new DriverLinks(new DocumentStories().of(linkable), resolution.entities(), names, ids);
    }

    private static AnalyzedDocument linkable(AnalyzedDocument row) {
        DocumentAnalysis analysis = row.analysis();
        DocumentAnalysis slim = DocumentAnalysis.empty(analysis.document()).withEntities(analysis.entities())
                .withPlaces(analysis.places());
        return new AnalyzedDocument(row.file(), row.number(), row.source(), row.id(),
                AnalysisJson.write(slim), "", row.cleanText(), null);
    }
}

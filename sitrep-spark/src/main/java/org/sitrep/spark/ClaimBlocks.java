package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Speaker;
import org.sitrep.store.AnalysisJson;
import scala.Tuple2;

/**
 * Claim grouping at scale: every claim is keyed by its block ({@link ClaimGroups#blockOf}: measure, thing, unit,
 * period), the claims are shuffled by that key, and each block is grouped by the core's {@link ClaimGroups#of} on
 * its executor. No claim meets a claim of another block, as on one machine; a block's documents travel with only
 * that block's claims and without their texts.
 */
final class ClaimBlocks {

    private ClaimBlocks() {}

    /**
     * The claim groups of {@code documents}; {@code speakerNames} maps a per-document entity id to the canonical
     * name of its cross-document entity, so one speaker named differently by two reports counts once.
     */
    static JavaRDD<ClaimGroup> groups(JavaRDD<AnalyzedDocument> documents, Broadcast<Map<String, String>> speakerNames) {
        return documents.flatMapToPair(ClaimBlocks::byBlock)
                .groupByKey()
                .flatMap(block -> group(block._2(), speakerNames.value()).iterator());
    }

    private static Iterator<Tuple2<String, AnalyzedDocument>> byBlock(AnalyzedDocument row) {
        DocumentAnalysis analysis = row.analysis();
        Map<String, List<Claim>> blocks = new LinkedHashMap<>();
        for (Claim claim : analysis.claims()) {
            ClaimGroups.blockOf(claim, analysis.document())
                    .ifPresent(key -> blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(claim));
        }
        List<Tuple2<String, AnalyzedDocument>> out = new ArrayList<>();
        blocks.forEach((key, claims) -> {
            DocumentAnalysis only = DocumentAnalysis.empty(analysis.document()).withClaims(claims);
            out.add(new Tuple2<>(key, new AnalyzedDocument(row.file(), row.number(), row.source(), row.id(),
                    AnalysisJson.write(only), "", "", null)));
        });
        return out.iterator();
    }

    private static List<ClaimGroup> group(Iterable<AnalyzedDocument> block, Map<String, String> speakerNames) {
        List<AnalyzedDocument> rows = new ArrayList<>();
        block.forEach(rows::add);
        // in input order, as the CLI feeds them: a group's earlier reports are cited first
        List<DocumentAnalysis> documents = rows.stream().sorted(AnalyzedDocument.INPUT_ORDER)
                .map(AnalyzedDocument::analysis).toList();
        return ClaimGroups.of(documents, speaker -> nameOf(speaker, speakerNames));
    }

    private static String nameOf(Speaker speaker, Map<String, String> speakerNames) {
        String resolved = speaker.entityId() == null ? null : speakerNames.get(speaker.entityId());
        return resolved != null ? resolved : speaker.name();
    }
}

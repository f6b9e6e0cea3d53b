package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Speaker;
import scala.Tuple2;

/**
 * Claim grouping at scale: every claim is keyed by its block ({@link ClaimGroups#blockOf}: measure, thing, unit,
 * period), each document is shuffled to every block its claims fall in, and each block is grouped by the core's
 * {@link ClaimGroups#ofBlock} on its executor. No claim meets a claim of another block, as on one machine; a block's
 * documents travel whole, because a claim's source can depend on the rest of its report (quotes, a restated lede).
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
                .flatMap(block -> group(block._1(), block._2(), speakerNames.value()).iterator());
    }

    /** The document once for each block its claims fall in, whole: its other claims, quotes and text decide sources. */
    private static Iterator<Tuple2<String, AnalyzedDocument>> byBlock(AnalyzedDocument row) {
        DocumentAnalysis analysis = row.analysis();
        Set<String> blocks = new LinkedHashSet<>();
        for (Claim claim : analysis.claims()) {
            ClaimGroups.blockOf(claim, analysis.document()).ifPresent(blocks::add);
        }
        List<Tuple2<String, AnalyzedDocument>> out = new ArrayList<>();
        blocks.forEach(key -> out.add(new Tuple2<>(key, row)));
        return out.iterator();
    }

    private static List<ClaimGroup> group(String key, Iterable<AnalyzedDocument> block,
                                          Map<String, String> speakerNames) {
        List<AnalyzedDocument> rows = new ArrayList<>();
        block.forEach(rows::add);
        // in input order, as the CLI feeds them: a group's earlier reports are cited first
        List<DocumentAnalysis> documents = rows.stream().sorted(AnalyzedDocument.INPUT_ORDER)
                .map(AnalyzedDocument::analysis).toList();
        return ClaimGroups.ofBlock(documents, speaker -> nameOf(speaker, speakerNames), key);
    }

    private static String nameOf(Speaker speaker, Map<String, String> speakerNames) {
        String resolved = speaker.entityId() == null ? null : speakerNames.get(speaker.entityId());
        return resolved != null ? resolved : speaker.name();
    }
}

package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.SkippedInput;

/**
 * What one ingest run did.
 *
 * @param documentIds   every document the inputs hold, once each, in input order (new or already stored)
 * @param added         documents analysed and stored by this run
 * @param alreadyStored documents found in the workspace already (same content), not analysed again
 */
public record IngestReport(List<String> documentIds, int added, int alreadyStored, List<SkippedInput> skipped,
                           double seconds) {
    public IngestReport {
        documentIds = List.copyOf(documentIds);
        skipped = List.copyOf(skipped);
    }
}

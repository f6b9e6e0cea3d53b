package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractors;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.pipeline.DocumentPreparer;

/**
 * Clean → annotate → extract of one partition's records, on an executor, with the core's stage code. The
 * extractors and the annotator (CoreNLP: about a gigabyte and tens of seconds to load) are made once per executor
 * JVM, on first use, and shared by its task threads, as the CLI's workers share them.
 */
final class ExecutorAnalysis {

    private static Extractors extractors;
    private static Annotator annotator;

    private ExecutorAnalysis() {}

    /**
     * Loads the models now, by annotating one sentence (CoreNLP loads them on first use): a bench does, so that its
     * timings are of the work, not of loading.
     */
    static void warmUp() throws InputProblem {
        load();
        annotator.annotate(new DocumentPreparer().prepare(new RawDocument("warm-up",
                "The United Nations said 1,000 people fled Aleppo on Monday.", Metadata.NONE)));
    }

    private static synchronized void load() {
        if (annotator == null) {
            extractors = Extractors.standard();
            annotator = new Annotator(extractors.requiredAnnotators());
        }
    }

    /** Nanoseconds spent annotating and extracting, summed over the executors. */
    record Timers(LongAccumulator annotate, LongAccumulator extract) implements Serializable {}

    static Iterator<AnalyzedDocument> analyze(Iterator<ReadRecord> records, Timers timers) {
        load();
        DocumentPreparer preparer = new DocumentPreparer(); // one per task: the cleaner keeps no shared state
        List<AnalyzedDocument> out = new ArrayList<>();
        records.forEachRemaining(record -> out.add(analyze(record, preparer, timers)));
        return out.iterator();
    }

    private static AnalyzedDocument analyze(ReadRecord record, DocumentPreparer preparer, Timers timers) {
        if (record.skipped()) {
            return AnalyzedDocument.skipped(record, record.source(), record.problem());
        }
        Document document;
        try {
            document = preparer.prepare(record.raw());
        } catch (InputProblem problem) {
            return AnalyzedDocument.skipped(record, problem.where(), problem.problem());
        }
        try {
            long start = System.nanoTime();
            AnnotatedDocument annotated = annotator.annotate(document);
            long annotatedAt = System.nanoTime();
            DocumentAnalysis analysis = extractors.extract(annotated);
            timers.annotate().add(annotatedAt - start);
            timers.extract().add(System.nanoTime() - annotatedAt);
            return AnalyzedDocument.of(record, analysis);
        } catch (RuntimeException | StackOverflowError e) {
            // as in the CLI: one pathological document is skipped with the reason, the run goes on
            return AnalyzedDocument.skipped(record, document.source(), "analysis failed: " + e);
        }
    }
}

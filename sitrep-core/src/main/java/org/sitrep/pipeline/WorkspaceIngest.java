package org.sitrep.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.InputRecord;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.SkippedInput;
import org.sitrep.store.Workspace;

/**
 * Adds inputs to a workspace: each input is read and cleaned in order on the calling thread (cheap: about 1%
 * of the time), its content-hash id looked up, and only documents the workspace lacks are analysed, by a pool
 * of workers, each document stored in its own transaction. A run killed at any point and started again
 * therefore redoes only the documents whose transaction had not committed.
 */
public final class WorkspaceIngest {

    private final DocumentPreparer preparer = new DocumentPreparer();
    private final DocumentAnalyzer analyzer;
    private final int workers;

    public WorkspaceIngest(DocumentAnalyzer analyzer, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker, not " + workers);
        }
        this.analyzer = analyzer;
        this.workers = workers;
    }

    /** One worker per core: annotation is CPU-bound and CoreNLP's pipeline is safe to share between threads. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** As {@link #run(Inputs, Metadata, Workspace, Progress)} for files and folders. */
    public IngestReport run(List<Path> inputs, Metadata flags, Workspace workspace, Progress progress) {
        return run(Inputs.ofPaths(inputs), flags, workspace, progress);
    }

    /**
     * Adds every record of {@code inputs} (a file is one record; a WARC, feed or JSON Lines file many) to
     * {@code workspace}. Progress counts inputs: an input is finished when the last of its records is stored.
     */
    public IngestReport run(Inputs inputs, Metadata flags, Workspace workspace, Progress progress) {
        long start = System.nanoTime();
        Ingestor ingestor = new Ingestor(flags);
        Object progressLock = new Object();
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> failedIds = ConcurrentHashMap.newKeySet();
        List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger added = new AtomicInteger();
        AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
        int alreadyStored = 0;
        int total = inputs.size();
        // Twice as many documents in flight as workers: each finds the next one ready, and memory stays bounded.
        Semaphore inFlight = new Semaphore(workers * 2);
        ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("sitrep-worker-", 1).factory());
        synchronized (progressLock) {
            progress.started(total);
        }
        try {
            for (Input input : inputs.all()) {
                if (storeFailure.get() != null) {
                    break;
                }
                // One count for the reading itself and one per record handed to a worker: whoever brings it to
                // zero reports the input finished.
                AtomicInteger pending = new AtomicInteger(1);
                AtomicInteger recordsRead = new AtomicInteger();
                AtomicInteger recordsDone = new AtomicInteger();
                Runnable oneLessPending = () -> {
                    if (pending.decrementAndGet() == 0) {
                        synchronized (progressLock) {
                            progress.finished(input.name(), done.incrementAndGet(), total);
                        }
                    }
                };
                try (Stream<InputRecord> records = ingestor.records(input)) {
                    for (InputRecord record : (Iterable<InputRecord>) records::iterator) {
                        if (storeFailure.get() != null) {
                            break;
                        }
                        recordsRead.incrementAndGet();
                        Document document;
                        try {
                            document = switch (record) {
                                case InputRecord.Read read -> preparer.prepare(read.document());
                                case InputRecord.Skipped skip -> throw skip.problem();
                            };
                        } catch (InputProblem problem) {
                            skipped.add(new SkippedInput(problem.where(), problem.problem()));
                            synchronized (progressLock) {
                                progress.problem(problem.getMessage());
                            }
                            continue;
                        }
                        boolean firstTimeThisRun = seen.add(document.id());
                        if (firstTimeThisRun) {
                            ids.add(document.id());
                        }
                        if (!firstTimeThisRun || workspace.store().contains(document.id())) {
                            alreadyStored += firstTimeThisRun ? 1 : 0;
                            continue;
                        }
                        inFlight.acquireUninterruptibly();
                        pending.incrementAndGet();
                        pool.execute(() -> {
                            try {
                                store(document, workspace, added, failedIds, skipped, progress, progressLock);
                            } catch (RuntimeException e) {
                                storeFailure.compareAndSet(null, e); // the store is unusable: stop feeding, report
                            } finally {
                                inFlight.release();
                                int stored = recordsDone.incrementAndGet();
                                if (recordsRead.get() > 1) { // an input of many documents: show its pace
                                    synchronized (progressLock) {
                                        progress.recordDone(input.name(), stored);
                                    }
                                }
                                oneLessPending.run();
                            }
                        });
                    }
                } finally {
                    oneLessPending.run();
                }
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            workspace.index().commit();
        }
        if (storeFailure.get() != null) {
            throw storeFailure.get();
        }
        synchronized (progressLock) {
            progress.done();
        }
        ids.removeAll(failedIds);
        return new IngestReport(ids, added.get(), alreadyStored, skipped, (System.nanoTime() - start) / 1e9);
    }

    /** Analyses and stores one document; a document whose analysis fails is skipped with the reason. */
    private void store(Document document, Workspace workspace, AtomicInteger added, Set<String> failedIds,
                       List<SkippedInput> skipped, Progress progress, Object progressLock) {
        DocumentAnalysis analysis;
        try {
            analysis = analyzer.analyze(document);
        } catch (RuntimeException | StackOverflowError e) {
            // One pathological document (CoreNLP's parser can recurse very deep) must not end the run: it is
            // skipped with the reason, as an unreadable file is.
            failedIds.add(document.id());
            skipped.add(new SkippedInput(document.source(), "analysis failed: " + e));
            synchronized (progressLock) {
                progress.problem(document.source() + ": analysis failed: " + e);
            }
            return;
        }
        if (workspace.add(analysis)) {
            added.incrementAndGet();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

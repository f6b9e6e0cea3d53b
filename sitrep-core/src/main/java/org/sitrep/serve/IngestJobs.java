package org.sitrep.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.SkippedInput;
import org.sitrep.pipeline.IngestReport;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.store.Workspace;

/**
 * Ingest runs started over HTTP: each is a job with an id, run one after another in the background (the pipeline
 * uses every core already), with its progress readable while it runs. When a job has added documents, the
 * served dossier is refreshed.
 */
final class IngestJobs implements AutoCloseable {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What a client sees of a job. {@code total} and {@code done} count inputs; {@code documents} counts documents stored so far. */
    record Job(String id, State state, List<String> inputs, int total, int done, int added, int alreadyStored,
               List<SkippedInput> skipped, String error, Instant submitted, Instant finished) {}

    private final Workspace workspace;
    private final Supplier<Pipeline> pipeline;
    private final Runnable afterAdding;
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sitrep-ingest");
        thread.setDaemon(true);
        return thread;
    });

    IngestJobs(Workspace workspace, Supplier<Pipeline> pipeline, Runnable afterAdding) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.afterAdding = afterAdding;
    }

    Job submit(Inputs inputs, Metadata flags) {
        Running job = new Running("job-" + next.incrementAndGet(), inputs);
        jobs.put(job.id, job);
        runner.submit(() -> job.run(flags));
        return job.view();
    }

    Job find(String id) {
        Running job = jobs.get(id);
        if (job == null) {
            throw new NotFound("job", id);
        }
        return job.view();
    }

    List<Job> all() {
        return jobs.values().stream().map(Running::view)
                .sorted(java.util.Comparator.comparing(Job::submitted)).toList();
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** A job's state, written by the runner thread and read by request threads. */
    private final class Running implements Progress {
        final String id;
        final Inputs inputs;
        final Instant submitted = Instant.now();
        volatile State state = State.QUEUED;
        volatile int total;
        volatile int done;
        volatile IngestReport report;
        volatile String error;
        volatile Instant finished;
        final List<SkippedInput> problems = java.util.Collections.synchronizedList(new ArrayList<>());

        Running(String id, Inputs inputs) {
            this.id = id;
            this.inputs = inputs;
            this.total = inputs.size();
        }

        void run(Metadata flags) {
            state = State.RUNNING;
            try {
                report = pipeline.get().ingest(inputs, flags, this, workspace);
                if (report.added() > 0) {
                    afterAdding.run();
                }
                state = State.DONE;
            } catch (RuntimeException | Error e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                state = State.FAILED;
            } finally {
                finished = Instant.now();
            }
        }

        Job view() {
            IngestReport r = report;
            return new Job(id, state, inputs.all().stream().map(org.sitrep.ingest.Input::name).toList(), total, done,
                    r == null ? 0 : r.added(), r == null ? 0 : r.alreadyStored(),
                    r == null ? List.copyOf(problems) : r.skipped(), error, submitted, finished);
        }

        @Override
        public void started(int count) {
            total = count;
        }

        @Override
        public void finished(String item, int count, int of) {
            done = count;
            total = of;
        }

        @Override
        public void problem(String message) {
            problems.add(new SkippedInput("", message));
        }

        @Override
        public void done() {}
    }
}

package org.sitrep.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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
 * served dossier is refreshed. Jobs are kept in the workspace ({@link JobJournal}): a server started again lists
 * the jobs it ran and runs again, under their ids, those it did not finish.
 */
final class IngestJobs implements AutoCloseable {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What a client sees of a job. {@code total} and {@code done} count inputs; {@code documents} counts documents stored so far. */
    record Job(String id, State state, List<String> inputs, int total, int done, int added, int alreadyStored,
               List<SkippedInput> skipped, String error, Instant submitted, Instant finished) {}

    private final Workspace workspace;
    private final Supplier<Pipeline> pipeline;
    private final Runnable afterAdding;
    private final JobJournal journal;
    private final Map<String, Supplier<Job>> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sitrep-ingest");
        thread.setDaemon(true);
        return thread;
    });

    /** @param problems told of each kept job that cannot be read or taken up again */
    IngestJobs(Workspace workspace, Supplier<Pipeline> pipeline, Runnable afterAdding, Consumer<String> problems) {
        this.workspace = workspace;
        this.pipeline = pipeline;
        this.afterAdding = afterAdding;
        this.journal = new JobJournal(workspace.folder().resolve("jobs"));
        resume(problems);
    }

    Job submit(Inputs inputs, Metadata flags) {
        Running job = new Running("job-" + next.incrementAndGet(), inputs, flags, Instant.now());
        start(job);
        return job.view();
    }

    Job find(String id) {
        Supplier<Job> job = jobs.get(id);
        if (job == null) {
            throw new NotFound("job", id);
        }
        return job.get();
    }

    List<Job> all() {
        return jobs.values().stream().map(Supplier::get)
                .sorted(java.util.Comparator.comparing(Job::submitted).thenComparing(Job::id)).toList();
    }

    private void start(Running job) {
        jobs.put(job.id, job);
        journal.keep(job.entry());
        runner.submit(job::run);
    }

    /** The kept jobs: the finished listed as they ended, the others queued again in the order they came. */
    private void resume(Consumer<String> problems) {
        List<JobJournal.Entry> kept = new ArrayList<>(journal.read(problems));
        kept.sort(java.util.Comparator.comparing((JobJournal.Entry e) -> e.job().submitted())
                .thenComparing(e -> e.job().id()));
        for (JobJournal.Entry entry : kept) {
            Job job = entry.job();
            next.accumulateAndGet(number(job.id()), Math::max);
            if (job.state() == State.DONE || job.state() == State.FAILED) {
                jobs.put(job.id(), () -> job);
                continue;
            }
            try {
                start(new Running(job.id(), Inputs.expand(job.inputs()), entry.flags(), job.submitted()));
            } catch (RuntimeException e) {
                Job failed = new Job(job.id(), State.FAILED, job.inputs(), job.total(), job.done(), job.added(),
                        job.alreadyStored(), job.skipped(), "cannot be taken up again: " + e.getMessage(),
                        job.submitted(), Instant.now());
                jobs.put(job.id(), () -> failed);
                journal.keep(new JobJournal.Entry(failed, entry.flags()));
                problems.accept("ingest job " + job.id() + " " + failed.error());
            }
        }
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** A job's state, written by the runner thread and read by request threads. */
    private final class Running implements Progress, Supplier<Job> {
        final String id;
        final Inputs inputs;
        final Metadata flags;
        final Instant submitted;
        volatile State state = State.QUEUED;
        volatile int total;
        volatile int done;
        volatile IngestReport report;
        volatile String error;
        volatile Instant finished;
        final List<SkippedInput> problems = java.util.Collections.synchronizedList(new ArrayList<>());

        Running(String id, Inputs inputs, Metadata flags, Instant submitted) {
            this.id = id;
            this.inputs = inputs;
            this.flags = flags;
            this.submitted = submitted;
            this.total = inputs.size();
        }

        void run() {
            state = State.RUNNING;
            journal.keep(entry());
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
                journal.keep(entry());
            }
        }

        JobJournal.Entry entry() {
            return new JobJournal.Entry(view(), flags);
        }

        @Override
        public Job get() {
            return view();
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

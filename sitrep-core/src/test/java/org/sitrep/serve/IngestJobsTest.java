package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Metadata;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.Workspace;
import org.sitrep.testing.Samples;

/** Ingest jobs kept in the workspace: a server started again lists them and takes up the ones a stop cut short. */
class IngestJobsTest {

    @TempDir
    Path folder;

    @Test
    void aJobAStopCutShortIsRunAgainUnderItsIdAndListedAfterTheNextStart() throws Exception {
        Path article = folder.resolve("report.txt");
        Files.writeString(article, Samples.raw(Samples.AFP).lines().filter(l -> !l.isBlank()).limit(3)
                .reduce((a, b) -> a + "\n\n" + b).orElseThrow());
        Metadata flags = new Metadata("2016-02-06", "Posted", null, null, null);
        IngestJobs.Job cutShort = new IngestJobs.Job("job-7", IngestJobs.State.RUNNING, List.of(article.toString()), 1, 0,
                0, 0, List.of(), null, Instant.parse("2026-11-23T10:00:00Z"), null);
        Path workspaceFolder = folder.resolve("workspace");
        new JobJournal(workspaceFolder.resolve("jobs")).keep(new JobJournal.Entry(cutShort, flags));
        List<String> problems = new ArrayList<>();
        AtomicInteger refreshed = new AtomicInteger();

        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            try (IngestJobs jobs = new IngestJobs(workspace, Pipeline::standard, refreshed::incrementAndGet, problems::add)) {
                IngestJobs.Job done = waitFor(jobs, "job-7");
                assertThat(done.state()).as(done.toString()).isEqualTo(IngestJobs.State.DONE);
                assertThat(done.added()).isEqualTo(1);
                assertThat(done.submitted()).isEqualTo(cutShort.submitted());
                assertThat(refreshed).hasValue(1);
            }
            assertThat(workspace.store().latestIds()).hasSize(1);
            assertThat(workspace.store().latest().getFirst().document().outlet()).isEqualTo("Posted");

            try (IngestJobs again = new IngestJobs(workspace, Pipeline::standard, refreshed::incrementAndGet, problems::add)) {
                assertThat(again.all()).extracting(IngestJobs.Job::id, IngestJobs.Job::state, IngestJobs.Job::added)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("job-7", IngestJobs.State.DONE, 1));
                assertThat(again.submit(org.sitrep.ingest.Inputs.ofPaths(List.of(article)), flags).id())
                        .as("ids go on after the kept ones").isEqualTo("job-8");
                IngestJobs.Job repeated = waitFor(again, "job-8");
                assertThat(repeated.alreadyStored()).as("the article is stored already").isEqualTo(1);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aKeptJobThatCannotBeReadIsReportedByItsFileAndTheOthersStillListed() throws Exception {
        Path workspaceFolder = folder.resolve("workspace");
        Path jobsFolder = workspaceFolder.resolve("jobs");
        IngestJobs.Job finished = new IngestJobs.Job("job-1", IngestJobs.State.DONE, List.of("a.txt"), 1, 1, 1, 0,
                List.of(), null, Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:00:05Z"));
        new JobJournal(jobsFolder).keep(new JobJournal.Entry(finished, Metadata.NONE));
        Files.writeString(jobsFolder.resolve("job-2.json"), "{\"job\": {\"id\": ");
        List<String> problems = new ArrayList<>();

        try (Workspace workspace = Workspace.open(workspaceFolder);
             IngestJobs jobs = new IngestJobs(workspace, Pipeline::standard, () -> {}, problems::add)) {
            assertThat(jobs.all()).containsExactly(finished);
        }
        assertThat(problems).singleElement().asString().contains("job-2.json", "not a kept ingest job");
    }

    private static IngestJobs.Job waitFor(IngestJobs jobs, String id) throws InterruptedException {
        IngestJobs.Job job = jobs.find(id);
        for (int i = 0; i < 1200 && List.of(IngestJobs.State.QUEUED, IngestJobs.State.RUNNING).contains(job.state()); i++) {
            Thread.sleep(100);
            job = jobs.find(id);
        }
        return job;
    }
}

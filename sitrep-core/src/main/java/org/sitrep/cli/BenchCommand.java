package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.bench.PipelineBenchmark;
import org.sitrep.bench.StoryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep bench}: times the pipeline against a stock CoreNLP pipeline on the same text. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Times sitrep's pipeline on a corpus (default: ../shared/samples) repeated N times, and a stock "
                + "CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the same text; prints "
                + "articles/s, tokens/s, peak heap and the ratio.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Corpus files or folders (default: ../shared/samples).")
    java.util.List<java.nio.file.Path> inputs;

    @Option(names = "--repeat", defaultValue = "10", description = "Times the corpus is run, after warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up passes, not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-stock", description = "Skip the stock CoreNLP comparison.")
    boolean noStock;

    @Option(names = "--stories", paramLabel = "N", description = "Instead: time story clustering on N headlines of "
            + "../shared/eval/story-clustering (the 4,210 fed again, two days later each round), per block of 1,000.")
    Integer stories;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared folder holding eval/, for --stories (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path shared;

    @Option(names = "--linking", paramLabel = "N", description = "Instead: linking cost per document (stories, "
            + "entities across reports, shared origins, claim groups) at 1,000 and N documents recombined from real "
            + "analysed sentences.")
    Integer linking;

    @Option(names = "--store", paramLabel = "N",
            description = "Instead: benchmark the workspace with N documents recombined from the analysed INPUTs' "
                    + "sentences (default inputs: the samples and ../shared/eval/attribution-polnear/dev/text): "
                    + "ingest docs/s into the store and index, size on disk, search latency p50/p99.")
    Integer store;

    @Option(names = "--store-dir", paramLabel = "DIR",
            description = "Workspace folder for --store (default: a temporary folder, deleted afterwards).")
    java.nio.file.Path storeDir;

    @Option(names = "--queries", defaultValue = "1000", description = "Timed searches for --store (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--workers", paramLabel = "N", description = "Writers for --store (default: one per core).")
    Integer workers;

    @Option(names = "--serve", description = "Instead: a loopback load test of sitrep serve over a workspace "
            + "(--serve-workspace, else the INPUTs, default the samples, analysed into a temporary one): --clients "
            + "clients sending requests for --seconds; prints requests/s, latency p50/p99 and errors.")
    boolean serve;

    @Option(names = "--serve-workspace", paramLabel = "DIR", description = "Workspace to serve for --serve.")
    java.nio.file.Path serveWorkspace;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients for --serve (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Duration of --serve (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--incremental", paramLabel = "N", description = "Instead: incremental latency, the wall time "
            + "from a new article to its figures in the linked dossier, in a workspace of N documents (the samples and "
            + "PolNeAR dev analysed, the rest recombined from them); articles arrive from PolNeAR train.")
    Integer incremental;

    @Option(names = "--arrivals", defaultValue = "10", description = "Articles timed for --incremental (default: ${DEFAULT-VALUE}).")
    int arrivals;

    @Override
    public Integer call() throws Exception {
        if (serve) {
            return serveBenchmark();
        }
        if (incremental != null) {
            spec.commandLine().getOut().print(new org.sitrep.bench.IncrementalBenchmark(baseCorpus(),
                    shared.resolve("eval/attribution-polnear/train/text"), incremental, arrivals).run().render());
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (stories != null) {
            spec.commandLine().getOut().print(new StoryBenchmark(shared, stories).run().render());
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (store != null) {
            return storeBenchmark();
        }
        if (linking != null) {
            if (linking < 1_000) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--linking must be at least 1000 documents (it compares against 1,000), not " + linking);
            }
            spec.commandLine().getOut().print(new org.sitrep.bench.LinkingBenchmark(baseCorpus(),
                    java.util.List.of(1_000, linking)).run().render());
            spec.commandLine().getOut().flush();
            return 0;
        }
        var corpus = inputs == null || inputs.isEmpty() ? java.util.List.of(java.nio.file.Path.of("../shared/samples")) : inputs;
        spec.commandLine().getOut().print(new PipelineBenchmark(corpus, warmup, repeat, !noStock).run().render());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The articles recombined corpora are made from: the inputs, else the samples and the PolNeAR dev texts. */
    private java.util.List<java.nio.file.Path> baseCorpus() {
        return inputs != null && !inputs.isEmpty() ? inputs : java.util.List.of(
                java.nio.file.Path.of("../shared/samples"), java.nio.file.Path.of("../shared/eval/attribution-polnear/dev/text"));
    }

    private int storeBenchmark() throws Exception {
        java.util.List<java.nio.file.Path> base = baseCorpus();
        java.nio.file.Path folder = storeDir != null ? storeDir : java.nio.file.Files.createTempDirectory("sitrep-bench");
        try {
            var result = new org.sitrep.bench.StoreBenchmark(base, store,
                    workers != null ? workers : Runtime.getRuntime().availableProcessors(), queries, folder).run();
            spec.commandLine().getOut().print(result.render());
            spec.commandLine().getOut().flush();
        } finally {
            if (storeDir == null) {
                try (var files = java.nio.file.Files.walk(folder)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
        return 0;
    }

    private int serveBenchmark() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clients and --seconds: at least 1");
        }
        boolean temporary = serveWorkspace == null;
        try (org.sitrep.store.Workspace workspace = temporary
                ? org.sitrep.store.Workspace.temporary(org.sitrep.pipeline.WorkspaceIngest.defaultWorkers())
                : org.sitrep.store.Workspace.open(serveWorkspace)) {
            if (temporary) {
                var corpus = inputs == null || inputs.isEmpty()
                        ? java.util.List.of(java.nio.file.Path.of("../shared/samples")) : inputs;
                org.sitrep.pipeline.Pipeline.standard().ingest(org.sitrep.ingest.Inputs.ofPaths(corpus),
                        org.sitrep.ingest.Metadata.NONE, org.sitrep.pipeline.Progress.to(System.err), workspace);
            }
            try (var server = new org.sitrep.serve.SitrepServer(workspace, org.sitrep.pipeline.Pipeline::standard)) {
                int port = server.start("127.0.0.1", 0);
                var result = new org.sitrep.bench.ServeBenchmark(java.net.URI.create("http://127.0.0.1:" + port + "/"),
                        clients, seconds).run();
                spec.commandLine().getOut().print(result.render());
                spec.commandLine().getOut().flush();
                return result.serverErrors() + result.failures() == 0 ? 0 : 1;
            }
        }
    }
}

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

    @Override
    public Integer call() throws Exception {
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
}

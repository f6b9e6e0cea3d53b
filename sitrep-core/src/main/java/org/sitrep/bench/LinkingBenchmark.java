package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.sitrep.ingest.Metadata;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.entities.EntityResolution;
import org.sitrep.link.events.MergedEvents;
import org.sitrep.link.origin.SharedOrigins;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;

/**
 * Linking cost per document as the corpus grows: a base corpus is analysed once by the real pipeline, then corpora
 * of each size are recombined from its sentences ({@link RecombinedCorpus}: real text carrying its real entities,
 * quotes and claims) and linked as {@code sitrep analyze} links them: stories, cross-document entities, shared
 * origins and claim groups. Each step is timed in CPU time of the linking thread, divided by the number of
 * documents; a step with an all-pairs comparison would cost twenty times more per document at 20,000 than at 1,000.
 */
public final class LinkingBenchmark {

    private final List<Path> base;
    private final List<Integer> sizes;

    public LinkingBenchmark(List<Path> base, List<Integer> sizes) {
        this.base = List.copyOf(base);
        this.sizes = List.copyOf(sizes);
    }

    /** One step's cost at each size, in milliseconds of CPU per document. */
    public record Step(String name, List<Double> millisPerDocument) {}

    public record Result(int baseDocuments, int sentences, List<Integer> sizes, List<Step> steps, List<String> shapes) {
        public String render() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "linking benchmark: documents recombined from %d sentences of %d analysed article(s); CPU ms per "
                            + "document (linking thread)%n", sentences, baseDocuments));
            out.append(String.format(Locale.ROOT, "  %-34s", "step"));
            sizes.forEach(size -> out.append(String.format(Locale.ROOT, "%14s", String.format(Locale.ROOT, "%,d docs", size))));
            out.append(String.format(Locale.ROOT, "%10s%n", "ratio"));
            for (Step step : steps) {
                out.append(String.format(Locale.ROOT, "  %-34s", step.name()));
                step.millisPerDocument().forEach(ms -> out.append(String.format(Locale.ROOT, "%14.3f", ms)));
                out.append(String.format(Locale.ROOT, "%10.2f%n",
                        step.millisPerDocument().getLast() / step.millisPerDocument().getFirst()));
            }
            shapes.forEach(shape -> out.append("  ").append(shape).append('\n'));
            return out.toString();
        }
    }

    public Result run() {
        Dossier analysed = Pipeline.standard().analyze(base, Metadata.NONE, Progress.to(System.err));
        RecombinedCorpus corpus = new RecombinedCorpus(analysed.documents());
        // JIT warm-up on a small corpus, not timed
        link(corpus, Math.min(1_000, sizes.getFirst()), new ArrayList<>());
        List<double[]> costs = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        for (int size : sizes) {
            costs.add(link(corpus, size, shapes));
        }
        List<String> names = List.of("stories", "cross-document entities", "shared origins (MinHash, quotes)",
                "claim groups (incl. lineage)", "events merged across reports", "all linking");
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            int step = s;
            steps.add(new Step(names.get(s), costs.stream().map(c -> c[step]).toList()));
        }
        return new Result(analysed.documents().size(), corpus.sentences(), sizes, steps, shapes);
    }

    private static double[] link(RecombinedCorpus corpus, int size, List<String> shapes) {
        List<DocumentAnalysis> documents = IntStream.range(0, size).mapToObj(corpus::document).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] cost = new double[6];
        var stories = timed(threads, cost, 0, size, () -> new DocumentStories().of(documents));
        EntityResolution entities = timed(threads, cost, 1, size, () -> CrossDocumentEntities.of(documents));
        SharedOrigins origins = timed(threads, cost, 2, size, () -> SharedOrigins.of(documents));
        List<ClaimGroup> groups = timed(threads, cost, 3, size,
                () -> ClaimGroups.of(documents, entities::nameOf, origins));
        timed(threads, cost, 4, size, () -> MergedEvents.of(documents, entities::nameOf));
        cost[5] = cost[0] + cost[1] + cost[2] + cost[3] + cost[4];
        shapes.add(String.format(Locale.ROOT, "%,d docs: %,d stories, %,d entities, %,d claim groups (largest %,d "
                        + "figures, %,d independent sources)", size, stories.size(), entities.entities().size(),
                groups.size(), groups.stream().mapToInt(g -> g.claims().size()).max().orElse(0),
                groups.stream().mapToInt(ClaimGroup::independentSources).max().orElse(0)));
        return cost;
    }

    private static <T> T timed(ThreadMXBean threads, double[] cost, int step, int size, Supplier<T> work) {
        long started = threads.getCurrentThreadCpuTime();
        T result = work.get();
        cost[step] = (threads.getCurrentThreadCpuTime() - started) / 1e6 / size;
        return result;
    }
}

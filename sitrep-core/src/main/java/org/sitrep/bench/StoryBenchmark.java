package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.eval.StoryHeadlines;
import org.sitrep.link.story.StoryClusterer;
import org.sitrep.link.story.StoryInput;

/**
 * Story clustering throughput on the 4,210 UCI News Aggregator headlines, streamed. To see whether the cost per
 * document stays flat as the stream grows to 20,000 documents, the headlines are fed again and again, each round
 * two days after the previous one (the sample spans 36 hours) with new ids: as in a real stream, old stories fall
 * out of the time window while the index keeps growing. The cost of each block of 1,000 documents is printed.
 */
public final class StoryBenchmark {

    static final int BLOCK = 1_000;

    private final Path shared;
    private final int documents;

    public StoryBenchmark(Path shared, int documents) {
        this.shared = shared;
        this.documents = documents;
    }

    /**
     * Microseconds per document for each block of {@link #BLOCK} documents, in stream order: wall time, and the
     * clustering thread's CPU time, which other processes sharing the cores do not inflate (index merges run on
     * Lucene's own threads and are in the wall time only).
     */
    public record Result(int documents, double seconds, List<Double> microsPerDocumentByBlock,
                         List<Double> cpuMicrosPerDocumentByBlock) {
        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "story clustering: %d headlines streamed in %.1f s, %.0f documents/s; %d core(s); %s%n",
                    documents, seconds, documents / seconds, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version")));
            for (int block = 0; block < microsPerDocumentByBlock.size(); block++) {
                out.append(String.format(Locale.ROOT, "  documents %6d-%6d: %7.0f µs/document wall, %7.0f µs CPU%n",
                        block * BLOCK + 1, Math.min((block + 1) * BLOCK, documents), microsPerDocumentByBlock.get(block),
                        cpuMicrosPerDocumentByBlock.get(block)));
            }
            return out.toString();
        }
    }

    public Result run() throws IOException {
        List<StoryHeadlines.Headline> headlines = StoryHeadlines.load(shared);
        List<Double> blocks = new ArrayList<>();
        List<Double> cpuBlocks = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long blockStarted = started;
        long cpuStarted = threads.getCurrentThreadCpuTime();
        try (StoryClusterer clusterer = new StoryClusterer()) {
            for (int i = 0; i < documents; i++) {
                int round = i / headlines.size();
                StoryHeadlines.Headline headline = headlines.get(i % headlines.size());
                clusterer.add(StoryInput.ofText(round + ":" + headline.id(), headline.title(),
                        headline.time().plus(Duration.ofDays(2L * round))));
                if ((i + 1) % BLOCK == 0 || i + 1 == documents) {
                    long now = System.nanoTime();
                    int inBlock = (i % BLOCK) + 1;
                    long cpu = threads.getCurrentThreadCpuTime();
                    blocks.add((now - blockStarted) / 1e3 / inBlock);
                    cpuBlocks.add((cpu - cpuStarted) / 1e3 / inBlock);
                    blockStarted = now;
                    cpuStarted = cpu;
                }
            }
        }
        return new Result(documents, (System.nanoTime() - started) / 1e9, blocks, cpuBlocks);
    }
}

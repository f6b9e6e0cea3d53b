package org.sitrep.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The story-clustering sample of the UCI News Aggregator data set (Gasparetti 2016): headlines with the story id
 * the aggregator gave them, in timestamp order (ties by row id), as the clusterer is fed them.
 */
public final class StoryHeadlines {

    static final String DATA = "eval/story-clustering/uci-news-aggregator-sample.csv";

    /** One row: {@code story} is the gold story id. */
    public record Headline(String id, String title, String publisher, String story, Instant time) {}

    private StoryHeadlines() {}

    public static List<Headline> load(Path shared) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Headline> headlines = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(shared.resolve(DATA), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class).with(header).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                headlines.add(new Headline(row.get("ID"), row.get("TITLE"), row.get("PUBLISHER"), row.get("STORY"),
                        Instant.ofEpochMilli(Long.parseLong(row.get("TIMESTAMP")))));
            }
        }
        headlines.sort(Comparator.comparing(Headline::time).thenComparingLong(h -> Long.parseLong(h.id())));
        return headlines;
    }
}

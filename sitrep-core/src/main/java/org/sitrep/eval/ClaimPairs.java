package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-annotated claim pairs ({@code claim-pairs.jsonl} beside this class; guidelines in
 * {@code docs/claim-pairs-annotation-guidelines.md}): two figures from real articles of the geoparsing corpora,
 * each with what the reconciliation compares (measure, thing counted, place, source, time), and the verdict an
 * analyst gives the pair. The file holds the figures' short text, never article text: {@link ClaimsArticles} reads
 * the texts at run time and the figure is found in its article.
 */
public final class ClaimPairs {

    static final String RESOURCE = "claim-pairs.jsonl";
    /** The verdicts, as written in the file and printed in the confusion matrix. */
    static final List<String> VERDICTS = List.of("corroborated", "consistent", "conflicting", "single-source",
            "different");

    /**
     * One figure of a pair.
     *
     * @param figure     the figure as written in the article, found at its {@code occurrence}-th place (from 1)
     * @param source     who the article says gives it; empty for the article's own figure
     * @param time       the figure's own time as the article states it ("1992", "2008-07-08"), or null
     */
    public record Figure(String corpus, int article, String figure, int occurrence, String measure, String object,
                         String place, String source, String time, List<String> hedges) {
        public Figure {
            hedges = List.copyOf(hedges);
        }

        String key() {
            return corpus + "#" + article;
        }
    }

    public record Pair(String id, String split, String verdict, Figure a, Figure b, String note) {}

    private ClaimPairs() {}

    public static List<Pair> load() {
        return AnnotatedLines.load(RESOURCE, ClaimPairs::pair);
    }

    static List<Pair> parse(List<String> lines) {
        return AnnotatedLines.parse(RESOURCE, lines, ClaimPairs::pair);
    }

    private static Pair pair(JsonNode node) {
        String split = AnnotatedLines.split(node);
        String verdict = node.path("verdict").asText();
        require(VERDICTS.contains(verdict), "verdict must be one of " + VERDICTS + ", not '" + verdict + "'");
        return new Pair(node.path("id").asText(), split, verdict, figure(node.path("a")), figure(node.path("b")),
                node.path("note").asText());
    }

    private static Figure figure(JsonNode node) {
        require(node.isObject(), "a pair has two figures, a and b");
        List<String> hedges = new ArrayList<>();
        node.path("hedges").forEach(h -> hedges.add(h.asText()));
        Figure figure = new Figure(node.path("corpus").asText(), node.path("article").asInt(-1),
                node.path("figure").asText(), node.path("occurrence").asInt(1), node.path("measure").asText(),
                node.path("object").asText(), node.path("place").asText(), node.path("source").asText(),
                node.hasNonNull("time") ? node.path("time").asText() : null, hedges);
        require(!figure.figure().isBlank(), "a figure needs its text: " + node);
        require(ClaimsGold.MEASURES.contains(figure.measure()), "measure '" + figure.measure() + "' is not in the taxonomy");
        require(figure.occurrence() >= 1, "occurrence counts from 1: " + node);
        return figure;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package org.sitrep.eval;

import static org.sitrep.eval.AnnotatedLines.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-annotated gold set of quantitative claims ({@code claims-gold.jsonl} beside this class; guidelines in
 * {@code docs/claims-annotation-guidelines.md}). One line per article: the corpus, the article's 0-based position
 * in that corpus's XML file under {@code ../shared/eval/geoparsing/}, its split and its figures. The file holds
 * offsets and the short figure text only, never article text: {@link ClaimsArticles} reads the texts at run time.
 */
public final class ClaimsGold {

    /** The measure taxonomy of the guidelines; a gold measure outside it is an annotation error. */
    public static final Set<String> MEASURES = Set.of(
            "killed", "wounded", "missing", "cases", "displaced", "fled", "stranded", "refugees_hosted", "in_camps",
            "besieged", "affected", "evacuated", "rescued", "arrested", "strikes", "buildings", "distance",
            "population", "money", "other");


    static final String RESOURCE = "claims-gold.jsonl";

    private ClaimsGold() {}

    /** One annotated article. */
    public record Article(String corpus, int article, String split, List<ClaimsFigure> claims) {
        public Article {
            claims = List.copyOf(claims);
        }

        /** How the article is named in messages: {@code GeoVirus#12}. */
        public String key() {
            return corpus + "#" + article;
        }
    }

    /** Every annotated article, checked to be well-formed; a malformed line fails naming its line number. */
    public static List<Article> load() {
        return AnnotatedLines.load(RESOURCE, ClaimsGold::article);
    }

    static List<Article> parse(List<String> lines) {
        return AnnotatedLines.parse(RESOURCE, lines, ClaimsGold::article);
    }

    private static Article article(JsonNode node) {
        String split = AnnotatedLines.split(node);
        List<ClaimsFigure> claims = new ArrayList<>();
        for (JsonNode claim : node.path("claims")) {
            claims.add(figure(claim));
        }
        return new Article(node.path("corpus").asText(), node.path("article").asInt(-1), split, claims);
    }

    private static ClaimsFigure figure(JsonNode node) {
        ClaimsFigure figure = new ClaimsFigure(
                node.path("begin").asInt(), node.path("end").asInt(), node.path("text").asText(),
                bound(node.path("low")), node.path("lowClosed").asBoolean(),
                bound(node.path("high")), node.path("highClosed").asBoolean(),
                node.path("vague").asBoolean(), node.path("qualifier").asText(),
                node.path("measure").asText(), node.path("source").asText());
        require(figure.end() - figure.begin() == figure.text().length(), "span length differs from its text: " + node);
        require(MEASURES.contains(figure.measure()), "measure '" + figure.measure() + "' is not in the taxonomy");
        require(figure.low() != null, "every figure has a lower bound (0 for 'up to'): " + node);
        require(figure.high() == null || figure.low() <= figure.high(), "low > high: " + node);
        require(figure.qualifier().equals(figure.qualifier().strip().toLowerCase(java.util.Locale.ROOT)),
                "qualifier is written lower case, trimmed: " + node);
        return figure;
    }

    private static Double bound(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}

package org.sitrep.eval;

import static org.sitrep.eval.AnnotatedLines.require;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-annotated gold set of events ({@code events-gold.jsonl} beside this class; guidelines in
 * {@code docs/events-annotation-guidelines.md}). One line per article: the corpus, the article's 0-based position in
 * its XML file under {@code ../shared/eval/geoparsing/}, its split, and its annotated sentences (offsets, the first
 * 40 characters, and the sentence's events, possibly none). Article texts are read at run time
 * ({@link ClaimsArticles}).
 */
public final class EventsGold {

    /** Event types of {@code docs/event-taxonomy.md}; a gold type outside them is an annotation error. */
    public static final Set<String> TYPES = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments", "Displacement", "Border",
            "Aid", "Siege", "Diplomacy");

    static final String RESOURCE = "events-gold.jsonl";

    private EventsGold() {}

    /** A party as annotated: the words naming it and its ACLED actor type ("" when none fits). */
    public record Party(String name, String actorType) {}

    /** One gold event. {@code places} are the acceptable place names; empty when the sentence gives none. */
    public record GoldEvent(String type, String subType, Party actor1, Party actor2, List<String> places, String date,
                            Long fatalities) {
        public GoldEvent {
            places = List.copyOf(places);
        }
    }

    /** One annotated sentence: raw article offsets, its opening words, its events. */
    public record Sentence(int begin, int end, String opening, List<GoldEvent> events) {
        public Sentence {
            events = List.copyOf(events);
        }
    }

    public record Article(String corpus, int article, String split, List<Sentence> sentences) {
        public Article {
            sentences = List.copyOf(sentences);
        }

        public String key() {
            return corpus + "#" + article;
        }
    }

    public static List<Article> load() {
        return AnnotatedLines.load(RESOURCE, EventsGold::article);
    }

    static List<Article> parse(List<String> lines) {
        return AnnotatedLines.parse(RESOURCE, lines, EventsGold::article);
    }

    /** Fails naming the sentence when the article text does not hold the annotated sentence at its offsets. */
    static void verify(Article article, String text) {
        for (Sentence sentence : article.sentences()) {
            String found = sentence.end() <= text.length() ? text.substring(sentence.begin(), sentence.end()) : "";
            if (!found.startsWith(sentence.opening())) {
                throw new IllegalStateException("events gold drifted: " + article.key() + " [" + sentence.begin()
                        + ", " + sentence.end() + ") should start '" + sentence.opening() + "' but reads '"
                        + found.substring(0, Math.min(40, found.length())) + "'");
            }
        }
    }

    private static Article article(JsonNode node) {
        String split = AnnotatedLines.split(node);
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode sentence : node.path("sentences")) {
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode event : sentence.path("events")) {
                events.add(event(event));
            }
            int begin = sentence.path("begin").asInt(-1);
            int end = sentence.path("end").asInt(-1);
            require(0 <= begin && begin < end, "bad sentence offsets: " + sentence);
            sentences.add(new Sentence(begin, end, sentence.path("opening").asText(), events));
        }
        return new Article(node.path("corpus").asText(), node.path("article").asInt(-1), split, sentences);
    }

    private static GoldEvent event(JsonNode node) {
        String type = node.path("type").asText();
        require(TYPES.contains(type), "type '" + type + "' is not in the taxonomy");
        require(!node.path("subType").asText().isBlank(), "every event has a sub-type: " + node);
        List<String> places = new ArrayList<>();
        node.path("place").forEach(place -> places.add(place.asText()));
        return new GoldEvent(type, node.path("subType").asText(), party(node.path("actor1")), party(node.path("actor2")),
                places, node.path("date").asText(), node.path("fatalities").isNumber() ? node.path("fatalities").asLong() : null);
    }

    private static Party party(JsonNode node) {
        return node.isObject() ? new Party(node.path("name").asText(), node.path("actorType").asText()) : null;
    }
}

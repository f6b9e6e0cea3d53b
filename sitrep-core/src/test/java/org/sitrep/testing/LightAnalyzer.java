package org.sitrep.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.pipeline.DocumentAnalyzer;

/**
 * A stand-in for annotate → extract where CoreNLP is not what a test is about (storage, resuming, search):
 * capitalised words become entities with their mentions, text in double quotes becomes quotes, so every
 * document fills several tables. {@code pauseMillis} makes each document take a while, as a real one does.
 */
public record LightAnalyzer(long pauseMillis) implements DocumentAnalyzer {

    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{L}{3,}\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{5,400})[\"”]");

    @Override
    public DocumentAnalysis analyze(Document document) {
        if (pauseMillis > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String text = document.cleanText();
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            mentions.computeIfAbsent(name.group(), key -> new ArrayList<>()).add(document.span(name.start(), name.end()));
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((key, spans) -> entities.add(new Entity(document.id() + "#" + entities.size(), key,
                EntityType.MISC, List.of(), spans, List.of(), null)));
        List<Quote> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            quotes.add(new Quote(document.span(quoted.start(1), quoted.end(1)), true, null, "said", List.of()));
        }
        return DocumentAnalysis.empty(document).withEntities(entities).withQuotes(quotes);
    }
}

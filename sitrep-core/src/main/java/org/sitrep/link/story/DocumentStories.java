package org.sitrep.link.story;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Story;

/**
 * Groups analysed documents into stories: each becomes a {@link StoryInput} (title and clean text, publication
 * time, the names of its entities and resolved places) and is fed to a {@link StoryClusterer} in publication order,
 * undated documents last in the order given, as if they had arrived as a stream.
 */
public final class DocumentStories {

    private final StorySettings settings;

    public DocumentStories(StorySettings settings) {
        this.settings = settings;
    }

    /** With {@link StorySettings#forArticles()}. */
    public DocumentStories() {
        this(StorySettings.forArticles());
    }

    public List<Story> of(List<DocumentAnalysis> analyses) {
        try (StoryClusterer clusterer = new StoryClusterer(settings)) {
            inPublicationOrder(analyses).forEach(analysis -> clusterer.add(input(analysis)));
            return clusterer.stories();
        }
    }

    /** Publication order, undated documents last; documents of the same time keep the order given. */
    static List<DocumentAnalysis> inPublicationOrder(List<DocumentAnalysis> analyses) {
        return analyses.stream()
                .sorted(Comparator.comparing((DocumentAnalysis a) -> time(a.document().published()),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static StoryInput input(DocumentAnalysis analysis) {
        var document = analysis.document();
        String text = document.title() == null ? document.cleanText() : document.title() + "\n\n" + document.cleanText();
        // MISC (nationalities, events, "Islamic") is too loose a tie between reports to count as a shared entity.
        List<String> entities = analysis.entities().stream().filter(e -> e.type() != EntityType.MISC)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()))
                .map(Entity::canonicalName).distinct().toList();
        return new StoryInput(document.id(), text, time(document.published()), entities, placesAsWritten(analysis));
    }

    /**
     * One name per mention of a place the gazetteer knows, so a story ranks its places by how much its reports
     * talk about them (a capital named once in passing comes late); each place under the spelling the report uses
     * most for it ("Azaz", not the gazetteer's "I‘zāz").
     */
    static List<String> placesAsWritten(DocumentAnalysis analysis) {
        Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
        for (PlaceMention mention : analysis.places()) {
            if (mention.resolved() != null) {
                spellings.computeIfAbsent(mention.resolved().gazetteerId(), k -> new LinkedHashMap<>())
                        .merge(mention.span().text(), 1, Integer::sum);
            }
        }
        List<String> places = new ArrayList<>();
        for (Map<String, Integer> written : spellings.values()) {
            String name = written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            int mentions = written.values().stream().mapToInt(Integer::intValue).sum();
            places.addAll(Collections.nCopies(mentions, name));
        }
        return places;
    }

    /** The instant published, or the start of the day (UTC) when only the day is known. */
    static Instant time(PublicationDate published) {
        if (published == null) {
            return null;
        }
        return published.instant() != null ? published.instant().toInstant()
                : published.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

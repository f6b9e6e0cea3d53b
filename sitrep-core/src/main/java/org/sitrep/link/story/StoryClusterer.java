package org.sitrep.link.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Story;

/**
 * Streaming story clustering: each document, in the order it arrives, joins the story it is most similar to or
 * starts a new one; a document similar enough to several stories merges them. Candidate stories come from the
 * stories of the documents a {@link CandidateIndex} finds most like the new one, never from all documents.
 *
 * <p>Similarity ({@link StorySimilarity}) is the TF-IDF cosine to the story's centroid — the centroid rather than
 * the nearest member (single link), because one shared phrase between two headlines of different stories ("stocks
 * fall") would otherwise chain whole stories together — blended with shared entities and damped with time.
 */
public final class StoryClusterer implements AutoCloseable {

    private final StorySettings settings;
    private final TextTerms textTerms = new TextTerms();
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final StorySimilarity similarity;
    private final CandidateIndex index = new CandidateIndex();
    /** Document id → its story; stories merged away are no longer values here. */
    private final Map<String, StoryState> storyOf = new HashMap<>();
    private final Map<String, StoryState> stories = new LinkedHashMap<>();

    public StoryClusterer(StorySettings settings) {
        this.settings = settings;
        this.similarity = new StorySimilarity(frequencies, settings);
    }

    public StoryClusterer() {
        this(StorySettings.defaults());
    }

    public StoryAssignment add(StoryInput input) {
        if (storyOf.containsKey(input.id())) {
            StoryState story = storyOf.get(input.id());
            return new StoryAssignment(input.id(), story.id, StoryAssignment.Kind.JOINED, 1, List.of());
        }
        TermCounts terms = textTerms.of(input.text());
        frequencies.add(terms);
        Map<String, Double> weights = profile(terms);
        Map<String, String> entities = entityKeys(input.entities());

        List<Scored> ranked = new ArrayList<>();
        for (StoryState candidate : candidates(weights, entities.keySet(), input)) {
            ranked.add(new Scored(candidate, similarity.of(weights, entities, input.time(), candidate)));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());

        StoryAssignment assignment;
        StoryState home;
        if (ranked.isEmpty() || ranked.get(0).score() < settings.join()) {
            home = new StoryState(input.id());
            stories.put(home.id, home);
            assignment = new StoryAssignment(input.id(), home.id, StoryAssignment.Kind.STARTED, 0, List.of());
        } else {
            home = ranked.get(0).story();
            List<String> merged = new ArrayList<>();
            if (ranked.get(0).score() >= settings.merge()) {
                for (Scored other : ranked.subList(1, ranked.size())) {
                    if (other.score() >= settings.merge()) {
                        merged.add(other.story().id);
                        merge(home, other.story());
                    }
                }
            }
            assignment = new StoryAssignment(input.id(), home.id,
                    merged.isEmpty() ? StoryAssignment.Kind.JOINED : StoryAssignment.Kind.MERGED,
                    ranked.get(0).score(), merged);
        }
        home.add(input.id(), restricted(terms, weights), entities, input.places(), input.time());
        storyOf.put(input.id(), home);
        index.add(input.id(), terms, entities.keySet(), input.time());
        return assignment;
    }

    /** The stories so far, in the order they started; members in the order they arrived. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (StoryState story : stories.values()) {
            out.add(new Story(story.id, story.members, StoryLabel.of(story, frequencies), day(story.first),
                    day(story.last), places(story)));
        }
        return out;
    }

    /** The story id of each document clustered so far. */
    public Map<String, String> storyIds() {
        Map<String, String> ids = new HashMap<>();
        storyOf.forEach((document, story) -> ids.put(document, story.id));
        return ids;
    }

    /**
     * The document's profile: its {@code queryTerms} highest TF-IDF weights (all of a headline's). A long article
     * shares hundreds of ordinary words with any other article; measured on real unrelated reports, keeping them
     * put whole-text cosines at 0.10-0.25, so only the most telling terms are compared, as Lucene's MoreLikeThis does.
     */
    private Map<String, Double> profile(TermCounts terms) {
        Map<String, Double> profile = new LinkedHashMap<>();
        terms.counts().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), frequencies.weight(e.getKey(), e.getValue())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.queryTerms())
                .forEach(entry -> profile.put(entry.getKey(), entry.getValue()));
        return profile;
    }

    private static TermCounts restricted(TermCounts terms, Map<String, Double> profile) {
        Map<String, Integer> counts = new HashMap<>(terms.counts());
        counts.keySet().retainAll(profile.keySet());
        return new TermCounts(counts, terms.surfaces());
    }

    private record Scored(StoryState story, double score) {}

    private Set<StoryState> candidates(Map<String, Double> weights, Set<String> entities, StoryInput input) {
        Set<StoryState> found = new LinkedHashSet<>();
        for (String document : index.similar(weights, entities, 1.0, input.time(), settings.window(), settings.candidates())) {
            found.add(storyOf.get(document));
        }
        return found;
    }

    /** Moves every member of {@code from} into {@code into}, the story the bridging document joined. */
    private void merge(StoryState into, StoryState from) {
        into.absorb(from);
        from.members.forEach(member -> storyOf.put(member, into));
        stories.remove(from.id);
    }

    private static Map<String, String> entityKeys(List<String> names) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!key.isEmpty()) {
                keys.putIfAbsent(key, name.strip());
            }
        }
        return keys;
    }

    private static List<String> places(StoryState story) {
        return story.placeCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static LocalDate day(java.time.Instant time) {
        return time == null ? null : LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        index.close();
    }
}

package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.quote.ParseTree;
import org.sitrep.model.EntityType;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;

/**
 * ACLED's actor type of a party (state forces, rebel group, political or identity militia, rioters, protesters,
 * civilians, external/other forces) from the words naming it ({@code actor-types.tsv}): its head noun, else its
 * apposition ("Liwa al-Tawheed, an insurgent group"), else its other words ("Kurdish militants", the words of an
 * organisation's name). A country or demonym acting ("Turkey shelled…", "Russian bombardment") is that country's
 * state forces; state forces of one country acting at a place in another are external forces.
 */
final class ActorTyper {

    static final String STATE = "State forces";
    static final String REBELS = "Rebel group";
    static final String CIVILIANS = "Civilians";
    static final String EXTERNAL = "External/Other forces";
    static final String PROTESTERS = "Protesters";
    static final String RIOTERS = "Rioters";

    private static final java.util.Set<EntityType> NAMING = java.util.Set.of(EntityType.PERSON,
            EntityType.ORGANIZATION, EntityType.GROUP, EntityType.MISC);

    private final Map<String, String> typeByLemma;
    private final Demonyms demonyms;

    private ActorTyper(Map<String, String> typeByLemma, Demonyms demonyms) {
        this.typeByLemma = Map.copyOf(typeByLemma);
        this.demonyms = demonyms;
    }

    static ActorTyper standard() {
        Map<String, String> types = new HashMap<>();
        for (String[] row : TriggerLexicon.resourceRows("actor-types.tsv", 2)) {
            for (String lemma : row[1].split(",")) {
                types.putIfAbsent(lemma, row[0]);
            }
        }
        return new ActorTyper(types, new Demonyms(org.sitrep.extract.place.gazetteer.Gazetteer.standard()));
    }

    /** Whether the word can name a party at all: a person, organisation, country or a noun of the lexicon. */
    boolean canName(EventSentence sentence, IndexedWord word) {
        if (typeByLemma.containsKey(sentence.lemma(word))) {
            return true;
        }
        if (countryOf(sentence, word).isPresent()) {
            return true;
        }
        // a town or a building is where something happens, not who does it
        return sentence.entityAt(word).map(m -> NAMING.contains(m.entity().type())).orElse(false)
                && sentence.placeAt(word).isEmpty();
    }

    /**
     * The actor type, or null when no rule knows it.
     *
     * @param eventPlace where the event happened, to tell a country's own forces from foreign ones; may be null
     */
    String type(EventSentence sentence, IndexedWord head, PlaceMention eventPlace) {
        String type = lexicalType(sentence, head);
        Optional<String> country = countryOf(sentence, head);
        if (type == null && country.isPresent()) {
            // "Syrians were stranded": a demonym in the plural names people, a country or adjective its forces
            type = sentence.tag(head).endsWith("S") && sentence.isNoun(head) ? CIVILIANS : STATE;
        }
        if (type == null) {
            type = sentence.entityAt(head).map(m -> switch (m.entity().type()) {
                case PERSON -> CIVILIANS;
                case ORGANIZATION, GROUP -> EXTERNAL;
                default -> null;
            }).orElse(null);
        }
        if (STATE.equals(type) && country.isPresent() && eventPlace != null && eventPlace.resolved() != null
                && eventPlace.resolved().country() != null && !eventPlace.resolved().country().equals(country.get())) {
            return EXTERNAL;
        }
        return type;
    }

    private String lexicalType(EventSentence sentence, IndexedWord head) {
        var tree = sentence.tree();
        List<IndexedWord> words = new ArrayList<>();
        words.add(head);
        words.addAll(tree.children(head, "appos"));
        words.addAll(tree.children(head, "compound", "amod"));
        for (IndexedWord word : words) {
            String type = typeByLemma.get(sentence.lemma(word));
            if (type != null) {
                return type;
            }
        }
        return sentence.entityAt(head).map(m -> fromName(m.entity().canonicalName())).orElse(null);
    }

    private String fromName(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            String type = typeByLemma.getOrDefault(word, typeByLemma.get(singular));
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /**
     * The country a party belongs to: the country the word or one of its modifiers names ("Turkey", "Russian
     * jets", "Syria's army", "U.S.-led coalition"), or whose capital it names ("Ankara has kept the crossing closed").
     */
    Optional<String> countryOf(EventSentence sentence, IndexedWord head) {
        return country(sentence, head).map(Place::country);
    }

    /** As {@link #countryOf}, the country as a gazetteer place. */
    Optional<Place> country(EventSentence sentence, IndexedWord head) {
        var tree = sentence.tree();
        List<IndexedWord> words = new ArrayList<>();
        words.add(head);
        words.addAll(tree.children(head, "amod", "compound", "nmod:poss"));
        for (IndexedWord word : words) {
            // a capital stands for its government only when it acts: "Ankara has kept the crossing closed"
            boolean acting = ParseTree.matches(sentence.tree().relation(word), "nsubj");
            Optional<Place> place = sentence.placeAt(word).map(PlaceMention::resolved)
                    .filter(p -> isCountry(p) || acting && "PPLC".equals(p.featureCode()));
            if (place.isEmpty() && !sentence.isVerb(word)) {
                place = demonyms.country(word.word());
            }
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    static boolean isCountry(Place place) {
        return place != null && place.featureCode() != null && place.featureCode().startsWith("PCL");
    }
}

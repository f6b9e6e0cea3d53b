package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.quote.ParseTree;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * Where an event happened: the place mentions of the trigger's own phrase first, then of its clause
 * ({@link TriggerScope}), nearest first; not merely the sentence's first. A place only used as a reference point
 * ("north of Aleppo", "near the town of Kilis") is not the event's, nor a place naming a party ("Turkish forces");
 * a demonym ("Syrian") is a last resort. Territory taken and strikes at coordinated places ("the towns of Mayer and
 * Kafin", "Anadan and Haritan") are one event per place, as ACLED codes them.
 */
final class EventPlaces {

    private static final Set<String> REFERENCE_POINTS = Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "near", "outside", "outskirt", "outskirts", "km", "kilometre",
            "kilometer", "mile", "edge", "from");

    private EventPlaces() {}

    /** The event's places, best first; {@code perPlace} asks for every coordinated place of the trigger's phrase. */
    static List<PlaceMention> of(EventSentence sentence, TriggerScope scope, IndexedWord trigger, List<Span> partySpans,
                                 boolean perPlace) {
        record Scored(PlaceMention place, IndexedWord head, int tier, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (PlaceMention place : candidates(sentence)) {
            Optional<IndexedWord> head = sentence.headOf(place.span());
            if (head.isEmpty() || isReferencePoint(sentence, head.get()) || actingCountry(sentence, head.get(), place)
                    || partySpans.stream().anyMatch(p -> p.overlaps(place.span()))) {
                continue;
            }
            int tier = scope.tier(head.get());
            if (tier < 0) {
                continue;
            }
            boolean adjective = !sentence.isNoun(head.get());
            scored.add(new Scored(place, head.get(), tier + (adjective ? 2 : 0),
                    Math.abs(head.get().index() - trigger.index())));
        }
        if (scored.isEmpty()) {
            return List.of();
        }
        scored.sort(Comparator.comparingInt(Scored::tier).thenComparingInt(Scored::distance));
        Scored best = scored.getFirst();
        if (!perPlace || best.tier() != 0) {
            return List.of(best.place());
        }
        return scored.stream()
                .filter(s -> s == best || (s.tier() == 0 && coordinated(sentence, best.head(), s.head())))
                .sorted(Comparator.comparingInt(s -> s.place().span().begin()))
                .map(Scored::place)
                .toList();
    }

    /**
     * The sentence's place mentions, and the names listed with one of them that the place extractor left out
     * ("towns northwest of Aleppo, Anadan and Haritan": NER takes Anadan for a person), unresolved: a name in a
     * list of places is a place, even one the gazetteer does not hold.
     */
    private static List<PlaceMention> candidates(EventSentence sentence) {
        List<PlaceMention> places = new ArrayList<>(sentence.places());
        ParseTree tree = sentence.tree();
        for (PlaceMention place : sentence.places()) {
            sentence.headOf(place.span()).ifPresent(head -> {
                List<IndexedWord> listed = new ArrayList<>(tree.children(head, "conj"));
                if (ParseTree.matches(tree.relation(head), "conj")) {
                    tree.parent(head).ifPresent(listed::add);
                }
                for (IndexedWord name : listed) {
                    Span span = sentence.spanOf(name);
                    if (sentence.tag(name).startsWith("NNP") && namedButNotAnOrganisation(name)
                            && places.stream().noneMatch(p -> p.span().overlaps(span))) {
                        places.add(new PlaceMention(span, null, 0, List.of()));
                    }
                }
            });
        }
        return places;
    }

    /**
     * Whether NER takes a word for a name other than an organisation's. "bombing Islamic State in eastern Syria and
     * northern Iraq" may parse "State" as listed with Iraq, but NER does not call it a name of its own; it does
     * call the villages Anadan and Haritan names, if persons'.
     */
    private static boolean namedButNotAnOrganisation(IndexedWord word) {
        String ner = word.ner();
        return ner != null && !ner.equals("O") && !ner.equals("ORGANIZATION");
    }

    /** "Turkey shelled…", "Russia joined the war…", "Ankara has kept…": a country or capital acting is a party. */
    private static boolean actingCountry(EventSentence sentence, IndexedWord head, PlaceMention place) {
        boolean countryOrCapital = place.resolved() != null && (ActorTyper.isCountry(place.resolved())
                || "PPLC".equals(place.resolved().featureCode()));
        return countryOrCapital && ParseTree.matches(sentence.tree().relation(head), "nsubj");
    }

    /** Two places joined by "and" or listed ("Mayer and then Kafin", "the village of Mayer … and the town of Ratyan"). */
    private static boolean coordinated(EventSentence sentence, IndexedWord a, IndexedWord b) {
        ParseTree tree = sentence.tree();
        IndexedWord common = a;
        while (!sentence.dominates(common, b)) {
            Optional<IndexedWord> parent = tree.parent(common);
            if (parent.isEmpty()) {
                return false;
            }
            common = parent.get();
        }
        return joinedBy(sentence, common, a) || joinedBy(sentence, common, b);
    }

    private static boolean joinedBy(EventSentence sentence, IndexedWord ancestor, IndexedWord word) {
        ParseTree tree = sentence.tree();
        IndexedWord current = word;
        while (!current.equals(ancestor)) {
            if (ParseTree.matches(tree.relation(current), "conj", "appos")) {
                return true;
            }
            current = tree.parent(current).orElse(ancestor);
        }
        return false;
    }

    /**
     * "north of Aleppo", "near the town of Kilis" is a reference point, also for what is coordinated with it ("north
     * of Nubul and Zahraa"), but not for a list set off by a comma after it.
     */
    private static boolean isReferencePoint(EventSentence sentence, IndexedWord head) {
        ParseTree tree = sentence.tree();
        Optional<IndexedWord> word = Optional.of(head);
        for (int step = 0; step < 3 && word.isPresent(); step++) {
            IndexedWord current = word.get();
            if (REFERENCE_POINTS.contains(sentence.preposition(current))) {
                return true;
            }
            Optional<IndexedWord> parent = tree.parent(current);
            if (parent.isPresent() && REFERENCE_POINTS.contains(sentence.lemma(parent.get()))
                    && ParseTree.matches(tree.relation(current), "nmod", "obl")) {
                return true;
            }
            if (!ParseTree.matches(tree.relation(current), "conj", "appos", "compound", "nmod")) {
                return false;
            }
            if (ParseTree.matches(tree.relation(current), "conj") && parent.isPresent()
                    && tree.word(parent.get().index() + 1).map(next -> next.word().equals(",")).orElse(false)) {
                return false; // "northwest of Aleppo, Anadan and Haritan": a list after the reference point
            }
            word = parent;
        }
        return false;
    }
}

package org.sitrep.extract.claim;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotators;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

/**
 * Every figure in a report as a {@link Claim}: the figure's interval and qualifier ({@link QuantityParser}),
 * what it counts ({@link CountedThing}), its measure ({@link MeasureClassifier}), hedges ({@link Hedges}),
 * the time of its clause ({@link ClaimTime}) and the place named in its phrase ({@link ClaimPlace}).
 * Who claims it is the speaker of the quote holding it ({@link ClaimSource}), else the outlet. Runs after the
 * entity, time and quote extractors, whose findings it reads.
 */
public final class ClaimExtractor implements Extractor {

    private static final Set<EntityType> PLACE_TYPES = Set.of(EntityType.LOCATION, EntityType.GPE);
    /** Marks that open a breakdown of the figure before them. */
    private static final Set<String> BREAKDOWN_MARKS = Set.of("—", "–", "--", ":");
    private final QuantityParser parser = new QuantityParser();

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Annotators.NAMED_ENTITIES;
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        ClaimSource sources = new ClaimSource(soFar.quotes(),
                new Attribution(null, document.outlet(), document.wireAgency()));
        List<Span> places = placeNames(soFar);
        List<Claim> claims = new ArrayList<>();
        Measure previousEvent = null;
        String previousEventObject = null;
        String previousObject = null;
        for (CoreSentence sentence : annotated.nlp().sentences()) {
            List<Token> tokens = sentence.tokens().stream().map(Token::of).toList();
            List<Quantity> quantities = parser.parse(tokens);
            if (quantities.isEmpty()) {
                continue;
            }
            Span inSentence = document.span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
            List<TimeRef> times = soFar.times().stream().filter(time -> inSentence.contains(time.span())).toList();
            List<Span> sentencePlaces = places.stream().filter(inSentence::contains).toList();
            int[] segments = Clauses.segments(tokens);
            List<Optional<CountedThing>> things = new ArrayList<>();
            List<Measure> measures = new ArrayList<>();
            Measure lastEvent = previousEvent;
            for (Quantity quantity : quantities) {
                Optional<CountedThing> thing = CountedThing.after(tokens, quantity);
                Measure measure = MeasureClassifier.classify(tokens, segments, quantity, thing, lastEvent);
                things.add(thing);
                measures.add(measure);
                lastEvent = MeasureClassifier.isEvent(measure) ? measure : lastEvent;
            }
            shareMeasureAlongLists(tokens, segments, quantities, things, measures);
            shareMeasureWithBreakdowns(tokens, quantities, things, measures);
            Quantity previousInSentence = null;
            for (int k = 0; k < quantities.size(); k++) {
                Quantity quantity = quantities.get(k);
                Optional<CountedThing> thing = things.get(k);
                Measure measure = measures.get(k);
                String object = thing.map(CountedThing::object).orElse(quantity.more() ? previousEventObject
                        : inheritsObject(tokens, quantity, previousInSentence) ? previousObject : null);
                int thingEnd = thing.map(CountedThing::end).orElse(quantity.end());
                Span figure = document.span(tokens.get(quantity.start()).begin(), tokens.get(quantity.end() - 1).end());
                claims.add(new Claim(
                        figure,
                        figure.text(),
                        quantity.value(),
                        quantity.qualifier(),
                        quantity.unit(),
                        measure.label(),
                        object,
                        resolved(ClaimPlace.of(document, tokens, segments, quantity, thingEnd, measure, sentencePlaces),
                                soFar.places()),
                        ClaimTime.governing(tokens, segments, quantity, times),
                        sources.of(figure),
                        hedges(tokens, segments, quantity)));
                if (MeasureClassifier.isEvent(measure)) {
                    previousEvent = measure;
                    previousEventObject = object;
                }
                previousObject = object;
                previousInSentence = quantity;
            }
        }
        return soFar.withClaims(claims);
    }

    /**
     * Where place names are: the place extractor's mentions (it finds names NER mistypes, "Anadan" as a person),
     * and NER's locations it did not take.
     */
    private static List<Span> placeNames(DocumentAnalysis soFar) {
        List<Span> names = new ArrayList<>(soFar.places().stream().map(PlaceMention::span).toList());
        soFar.entities().stream()
                .filter(entity -> PLACE_TYPES.contains(entity.type()))
                .flatMap(entity -> entity.mentions().stream())
                .filter(span -> names.stream().noneMatch(name -> name.overlaps(span)))
                .forEach(names::add);
        names.sort(Comparator.comparingInt(Span::begin));
        return names;
    }

    /** The claim's place with what the place extractor resolved that name to, its confidence and candidates. */
    private static PlaceMention resolved(PlaceMention place, List<PlaceMention> resolvedPlaces) {
        if (place == null) {
            return null;
        }
        return resolvedPlaces.stream()
                .filter(mention -> mention.span().overlaps(place.span()))
                .findFirst()
                .map(mention -> new PlaceMention(place.span(), mention.resolved(), mention.confidence(),
                        mention.candidates(), mention.relation()))
                .orElse(place);
    }


    /**
     * "24 civilians, 24 Kurdish fighters and 25 militiamen have been killed": figures listed with only commas
     * and "and"/"or" between them share the verb after the last, so one found no measure of its own takes
     * the next one's.
     */
    private static void shareMeasureAlongLists(List<Token> tokens, int[] segments, List<Quantity> quantities,
                                               List<Optional<CountedThing>> things, List<Measure> measures) {
        for (int k = quantities.size() - 2; k >= 0; k--) {
            Quantity next = quantities.get(k + 1);
            int end = things.get(k).map(CountedThing::end).orElse(quantities.get(k).end());
            boolean listed = end < next.start() && segments[quantities.get(k).amountStart()] == segments[next.amountStart()];
            for (int t = end; t < next.start() && listed; t++) {
                listed = Set.of(",", "and", "or").contains(tokens.get(t).lower());
            }
            if (listed && measures.get(k) == Measure.OTHER && quantities.get(k).kind() == next.kind()) {
                measures.set(k, measures.get(k + 1));
            }
        }
    }

    /**
     * "hit by eight bullets — six in the back, …", "killed 12 people: eight in Homs and four in Hama": a figure with
     * nothing counted that opens a breakdown right after a dash or colon counts what the figure before it counted.
     */
    private static void shareMeasureWithBreakdowns(List<Token> tokens, List<Quantity> quantities,
                                                   List<Optional<CountedThing>> things, List<Measure> measures) {
        for (int k = 1; k < quantities.size(); k++) {
            int whole = things.get(k - 1).map(CountedThing::end).orElse(-1);
            boolean opens = whole >= 0 && whole + 1 == quantities.get(k).start()
                    && BREAKDOWN_MARKS.contains(tokens.get(whole).word());
            if (opens && things.get(k).isEmpty() && measures.get(k) == Measure.OTHER) {
                measures.set(k, measures.get(k - 1));
            }
        }
    }

    /**
     * A figure with nothing counted after it, coordinated with the one before it in the same sentence,
     * counts the same thing ("killed 250,000 people and driven 11 million from their homes").
     */
    private static boolean inheritsObject(List<Token> tokens, Quantity quantity, Quantity previousInSentence) {
        if (previousInSentence == null || quantity.kind() != previousInSentence.kind()) {
            return false;
        }
        for (int t = previousInSentence.end(); t < quantity.start(); t++) {
            if (tokens.get(t).lower().equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> hedges(List<Token> tokens, int[] segments, Quantity quantity) {
        int segment = segments[quantity.amountStart()];
        int from = quantity.amountStart();
        while (from > 0 && segments[from - 1] == segment) {
            from--;
        }
        int to = quantity.amountEnd();
        while (to < tokens.size() && segments[to] == segment) {
            to++;
        }
        List<String> hedges = new ArrayList<>(quantity.hedges());
        Hedges.in(tokens, from, to, quantity.end()).stream().filter(h -> !hedges.contains(h)).forEach(hedges::add);
        return hedges;
    }
}

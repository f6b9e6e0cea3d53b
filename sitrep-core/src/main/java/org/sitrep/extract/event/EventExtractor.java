package org.sitrep.extract.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotators;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.claim.ClaimSource;
import org.sitrep.extract.quote.ParseTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

/**
 * Events in a taxonomy compatible with ACLED ({@code docs/event-taxonomy.md}), one per trigger word of the lexicon
 * ({@link TriggerLexicon}) that reports something that happened ({@link Modality}): actors from the parse
 * ({@link ActorFinder}, typed by {@link ActorTyper}), the type decisions that need them ({@link EventTypes}), place
 * and date of the trigger's clause ({@link EventPlaces}, {@link EventTime}) with ACLED's precision codes
 * ({@link Precisions}), fatalities from the claims extractor's figures of people killed in the sentence, and who
 * reports it (the speaker of the quote holding it, else the outlet). Runs last: it reads entities, places, times,
 * quotes and claims.
 */
public final class EventExtractor implements Extractor {

    private static final String KILLED = "killed";

    private final TriggerLexicon lexicon = TriggerLexicon.standard();
    private final ActorTyper typer = ActorTyper.standard();
    private final ActorFinder finder = new ActorFinder(typer);
    private final Actors actors = new Actors(typer);

    /** One event of one sentence before its fatalities are assigned. */
    private record Draft(IndexedWord trigger, EventTypes.Kind kind, Actor actor1, Actor actor2, List<Actor> associates,
                         PlaceMention place, TimeRef time) {

        boolean sameAs(Draft other) {
            return kind.equals(other.kind) && (place == null || other.place == null
                    || place.span().equals(other.place.span()));
        }

        Draft fillFrom(Draft other) {
            return new Draft(trigger, kind, actor1 != null ? actor1 : other.actor1, actor2 != null ? actor2 : other.actor2,
                    associates.isEmpty() ? other.associates : associates, place != null ? place : other.place,
                    time != null ? time : other.time);
        }
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<String> requiredAnnotators() {
        Set<String> annotators = new LinkedHashSet<>(Annotators.NAMED_ENTITIES);
        annotators.add("depparse");
        return annotators;
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        ClaimSource sources = new ClaimSource(soFar.quotes(),
                new Attribution(null, document.outlet(), document.wireAgency()));
        List<Event> events = new ArrayList<>();
        EventTypes.Kind lastViolent = null;
        for (CoreSentence nlp : annotated.nlp().sentences()) {
            List<CoreLabel> tokens = nlp.tokens();
            Span span = document.span(tokens.getFirst().beginPosition(), tokens.getLast().endPosition());
            EventSentence sentence = new EventSentence(document, new ParseTree(nlp), span,
                    soFar.places().stream().filter(p -> span.contains(p.span())).toList(),
                    soFar.entities().stream().flatMap(e -> e.mentions().stream().filter(span::contains)
                            .map(m -> new EventSentence.EntityMention(e, m))).toList(),
                    soFar.times().stream().filter(t -> span.contains(t.span())).toList(),
                    soFar.claims().stream().filter(c -> c.span() != null && span.contains(c.span())).toList());
            List<Draft> drafts = drafts(sentence, lastViolent);
            for (Draft draft : drafts) {
                if (EventTypes.violent(draft.kind().type())) {
                    lastViolent = draft.kind();
                }
                Attribution attribution = sources.of(sentence.spanOf(draft.trigger()));
                events.add(new Event(draft.kind().type(), draft.kind().subType(), draft.actor1(), draft.actor2(),
                        draft.associates(), draft.place(), draft.time(), Precisions.geo(draft.place()),
                        Precisions.time(draft.time()), fatalities(sentence, draft, drafts), attribution,
                        List.of(span), List.of(document.id())));
            }
        }
        return soFar.withEvents(events);
    }

    /** @param lastViolent the kind of the document's latest violent event so far, which "the attack" refers back to */
    private List<Draft> drafts(EventSentence sentence, EventTypes.Kind lastViolent) {
        List<Draft> drafts = new ArrayList<>();
        List<Trigger> triggers = lexicon.find(sentence);
        List<IndexedWord> triggerWords = triggers.stream().map(Trigger::word).toList();
        for (Trigger trigger : triggers) {
            Modality.Status status = Modality.of(sentence, trigger.word());
            if (status == Modality.Status.NOT_ASSERTED) {
                continue;
            }
            Cue cue = trigger.cue();
            Parties parties = finder.find(sentence, trigger.word());
            if (EventTypes.symmetric(cue)) {
                parties = parties.symmetric();
            }
            List<Span> partySpans = new ArrayList<>();
            for (IndexedWord word : partyWords(parties)) {
                partySpans.add(actors.of(sentence, word, null).span());
            }
            boolean perPlace = cue.subType().equals(Cue.TERRITORY) || cue.type().equals(EventTypes.EXPLOSIONS);
            TriggerScope scope = new TriggerScope(sentence, trigger.word(), triggerWords);
            List<PlaceMention> places = EventPlaces.of(sentence, scope, trigger.word(), partySpans, perPlace);
            TimeRef time = EventTime.of(sentence, scope, trigger.word());
            for (PlaceMention place : places.isEmpty() ? java.util.Collections.<PlaceMention>singletonList(null) : places) {
                Actor actor1 = actors.of(sentence, parties.agent(), place);
                Actor actor2 = actors.of(sentence, parties.patient(), place);
                List<Actor> associates = parties.associates().stream().map(w -> actors.of(sentence, w, place)).toList();
                EventTypes.Kind kind = EventTypes.refine(cue, type(actor1), type(actor2));
                if (lastViolent != null && Anaphora.refersBack(sentence, trigger.word(), parties)) {
                    kind = lastViolent;
                }
                if (status == Modality.Status.FAILED && kind.type().equals(EventTypes.EXPLOSIONS)) {
                    kind = new EventTypes.Kind("Strategic developments", "Disrupted weapons use");
                }
                add(drafts, new Draft(trigger.word(), kind, actor1, actor2, associates, place, time));
            }
        }
        return drafts;
    }

    /** Two mentions of one kind of event in a sentence, at one place or with one unplaced, are one event. */
    private static void add(List<Draft> drafts, Draft draft) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).sameAs(draft)) {
                drafts.set(i, drafts.get(i).fillFrom(draft));
                return;
            }
        }
        drafts.add(draft);
    }

    private static List<IndexedWord> partyWords(Parties parties) {
        List<IndexedWord> words = new ArrayList<>(parties.associates());
        if (parties.agent() != null) {
            words.add(parties.agent());
        }
        if (parties.patient() != null) {
            words.add(parties.patient());
        }
        return words;
    }

    private static String type(Actor actor) {
        return actor == null ? null : actor.actorType();
    }

    /**
     * The sentence's figures of people killed, each given to the violent event whose trigger is nearest to it. A vague
     * amount ("hundreds of rebels") is not a count: ACLED's coders estimate, sitrep does not.
     */
    private static List<Claim> fatalities(EventSentence sentence, Draft draft, List<Draft> drafts) {
        if (!EventTypes.violent(draft.kind().type())) {
            return List.of();
        }
        List<Claim> mine = new ArrayList<>();
        for (Claim claim : sentence.claims()) {
            if (!KILLED.equals(claim.measure()) || claim.value() == null || "VAGUE".equals(claim.value().precision())) {
                continue;
            }
            Draft nearest = drafts.stream().filter(d -> EventTypes.violent(d.kind().type()))
                    .min(java.util.Comparator.comparingInt(d -> Math.abs(sentence.spanOf(d.trigger()).begin()
                            - claim.span().begin())))
                    .orElse(null);
            if (Objects.equals(nearest, draft)) {
                mine.add(claim);
            }
        }
        return mine;
    }
}

package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import org.sitrep.model.Actor;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * Turns a party's head word into an {@link Actor}: the entity mention it stands in (with the entity's id), a
 * demonym as its country ("Russian" → Russia), else the noun with its modifiers as written ("Syrian government
 * troops", "riot police"); typed by {@link ActorTyper}.
 */
final class Actors {

    private final ActorTyper typer;

    Actors(ActorTyper typer) {
        this.typer = typer;
    }

    Actor of(EventSentence sentence, IndexedWord head, PlaceMention eventPlace) {
        if (head == null) {
            return null;
        }
        String type = typer.type(sentence, head, eventPlace);
        var entity = sentence.entityAt(head);
        if (entity.isPresent()) {
            return new Actor(entity.get().entity().id(), entity.get().span().text(), type, entity.get().span());
        }
        var country = typer.country(sentence, head).filter(ActorTyper::isCountry);
        if (country.isPresent() && !sentence.isNoun(head) || sentence.placeAt(head).isPresent() && country.isPresent()) {
            // "Russian bombardment", "Turkey shelled": the country's forces, named as ACLED names them, by the country
            return new Actor(null, country.get().name(), type, sentence.spanOf(head));
        }
        Span phrase = phrase(sentence, head);
        return new Actor(null, phrase.text(), type, phrase);
    }

    /** The head noun with the compounds and adjectives right before it. */
    private static Span phrase(EventSentence sentence, IndexedWord head) {
        int from = head.index();
        for (IndexedWord modifier : sentence.tree().children(head, "compound", "amod")) {
            if (modifier.index() < from && modifier.index() >= from - 3) {
                from = modifier.index();
            }
        }
        return sentence.spanOf(from, head.index());
    }
}

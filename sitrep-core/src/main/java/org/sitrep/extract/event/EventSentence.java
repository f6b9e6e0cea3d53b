package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.extract.quote.ParseTree;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

/**
 * One sentence with its parse and what the earlier extractors found in it: place mentions, entity mentions,
 * time expressions and figures. Token indexes are CoreNLP's, 1-based.
 */
record EventSentence(Document document, ParseTree tree, Span span, List<PlaceMention> places,
                     List<EntityMention> entities, List<TimeRef> times, List<Claim> claims) {

    /** An entity's mention, with the entity it belongs to. */
    record EntityMention(Entity entity, Span span) {}

    String lemma(IndexedWord word) {
        String lemma = word.lemma();
        return (lemma == null ? word.word() : lemma).toLowerCase(Locale.ROOT);
    }

    String tag(IndexedWord word) {
        return word.tag() == null ? "" : word.tag();
    }

    boolean isVerb(IndexedWord word) {
        return tag(word).startsWith("VB");
    }

    boolean isNoun(IndexedWord word) {
        return tag(word).startsWith("NN");
    }

    Span spanOf(int fromIndex, int toIndex) {
        return document.span(tree.begin(fromIndex), tree.end(toIndex));
    }

    Span spanOf(IndexedWord word) {
        return spanOf(word.index(), word.index());
    }

    Optional<PlaceMention> placeAt(IndexedWord word) {
        Span at = spanOf(word);
        return places.stream().filter(place -> place.span().overlaps(at)).findFirst();
    }

    Optional<EntityMention> entityAt(IndexedWord word) {
        Span at = spanOf(word);
        return entities.stream().filter(mention -> mention.span().overlaps(at)).findFirst();
    }

    /** The words whose tokens overlap {@code span}, in text order. */
    List<IndexedWord> wordsIn(Span span) {
        return tree.words().stream().filter(word -> span.overlaps(spanOf(word))).toList();
    }

    /** The word of {@code span} whose parent lies outside it: the phrase's head. */
    Optional<IndexedWord> headOf(Span span) {
        List<IndexedWord> words = wordsIn(span);
        return words.stream()
                .filter(word -> tree.parent(word).map(parent -> !words.contains(parent)).orElse(true))
                .findFirst();
    }

    /** Whether {@code ancestor} is {@code word} or stands above it in the tree. */
    boolean dominates(IndexedWord ancestor, IndexedWord word) {
        Optional<IndexedWord> current = Optional.of(word);
        for (int steps = 0; current.isPresent() && steps < tree.size() + 1; steps++) {
            if (current.get().equals(ancestor)) {
                return true;
            }
            current = tree.parent(current.get());
        }
        return false;
    }

    /** The lemma of the word's "case" child: the preposition of a nominal ("by", "on", "with"), or "". */
    String preposition(IndexedWord word) {
        return tree.child(word, "case").map(this::lemma).orElse("");
    }
}

package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.quote.ParseTree;

/**
 * Which words of a sentence speak about one trigger's event, for its place and date. Tier 0: the trigger's own
 * phrase ("seized the village of Mayer on Friday", "the blast that ripped through a church the day before"). Tier 1:
 * a word hanging, through no clause-opening edge, from something above the trigger ("On Friday, clashes … cost 120
 * lives"). Not the event's: a word in another clause (a relative or subordinate clause of a verb, a clause beside
 * it), in the phrase of another event's trigger ("the killing of a man in Sacramento sparked protests": Sacramento
 * is the killing's), or said of the speaker ("the Britain-based monitor said…", "…, Kurtulmus said on Monday").
 */
final class TriggerScope {

    /** Edges that open another clause: what lies below them is not about the trigger's event. */
    private static final Set<String> CLAUSES = Set.of("advcl", "acl:relcl", "ccomp", "parataxis", "csubj");
    /** A noun's relative clause tells about the noun: "the blast that ripped through a church". */
    private static final Set<String> NOUN_CLAUSES = Set.of("advcl", "ccomp", "parataxis", "csubj");
    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "announce", "confirm", "add",
            "state", "claim", "estimate", "warn", "write", "tweet", "describe", "accuse", "quote", "comment");

    private final EventSentence sentence;
    private final IndexedWord trigger;
    private final Set<Integer> phrase;
    private final List<IndexedWord> others;

    TriggerScope(EventSentence sentence, IndexedWord trigger, List<IndexedWord> otherTriggers) {
        this.sentence = sentence;
        this.trigger = trigger;
        this.phrase = sentence.tree().subtree(trigger, sentence.isNoun(trigger) ? NOUN_CLAUSES : CLAUSES);
        this.others = otherTriggers.stream().filter(o -> !o.equals(trigger) && !sentence.dominates(o, trigger)).toList();
    }

    /** 0 in the trigger's phrase, 1 in its clause, -1 not about its event. */
    int tier(IndexedWord word) {
        if (others.stream().anyMatch(other -> sentence.dominates(other, word))) {
            return -1;
        }
        if (phrase.contains(word.index())) {
            return 0;
        }
        return sameClause(word) && !saidOfTheSpeaker(word) ? 1 : -1;
    }

    private boolean sameClause(IndexedWord word) {
        ParseTree tree = sentence.tree();
        IndexedWord current = word;
        for (int steps = 0; steps <= tree.size(); steps++) {
            if (sentence.dominates(current, trigger)) {
                return true;
            }
            String relation = tree.relation(current);
            if (CLAUSES.stream().anyMatch(c -> ParseTree.matches(relation, c))) {
                return false;
            }
            Optional<IndexedWord> parent = tree.parent(current);
            if (parent.isEmpty()) {
                return false;
            }
            current = parent.get();
        }
        return false;
    }

    /** Whether the word's nearest ancestor above the trigger is a reporting verb: it is about the saying. */
    private boolean saidOfTheSpeaker(IndexedWord word) {
        Optional<IndexedWord> current = sentence.tree().parent(word);
        while (current.isPresent() && !sentence.dominates(current.get(), trigger)) {
            current = sentence.tree().parent(current.get());
        }
        return current.isPresent() && !current.get().equals(trigger) && REPORTING.contains(sentence.lemma(current.get()));
    }
}

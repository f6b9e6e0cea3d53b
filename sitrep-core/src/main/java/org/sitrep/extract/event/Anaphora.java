package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/**
 * "The attack, condemned by the White House…", "there has been no claim of responsibility for the attack": a definite
 * general noun with nothing of its own (no party, no modifier) names the event the report told before, so it takes that
 * event's kind (a church bombing's "the attack" is a remote explosive, not an attack on civilians).
 */
final class Anaphora {

    private static final Set<String> GENERAL_NOUNS = Set.of("attack", "assault", "incident", "violence", "killing",
            "shooting");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    private Anaphora() {}

    static boolean refersBack(EventSentence sentence, IndexedWord trigger, Parties parties) {
        var tree = sentence.tree();
        return sentence.isNoun(trigger) && GENERAL_NOUNS.contains(sentence.lemma(trigger))
                && parties.agent() == null && parties.patient() == null
                && tree.children(trigger, "det").stream().anyMatch(det -> DEFINITE.contains(sentence.lemma(det)))
                && tree.children(trigger, "compound", "nmod:poss").isEmpty();
    }
}

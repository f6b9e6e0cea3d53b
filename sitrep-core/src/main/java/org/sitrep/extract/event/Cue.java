package org.sitrep.extract.event;

import java.util.Set;

/**
 * One row of the trigger lexicon ({@code event-triggers.tsv}).
 *
 * @param modifier a word that must stand right before the trigger or modify it ("air" of "air strike"), or null
 * @param pos      "V", "N" or "*"
 * @param argument the argument class one of the trigger's arguments must be in, or null
 * @param weak     a weak trigger ("killed") makes an event only when no strong one is in the sentence
 * @param unless   lemmas that cancel the cue when in the sentence
 */
record Cue(String modifier, String lemma, String pos, String argument, boolean weak, Set<String> unless,
           String type, String subType) {

    /** The sub-type placeholder decided by actor 1's type. */
    static final String TERRITORY = "@territory";
    /** The sub-type placeholder decided by who bombs: state or foreign forces from the air, anyone else on the ground. */
    static final String BOMBING = "@bombing";
}

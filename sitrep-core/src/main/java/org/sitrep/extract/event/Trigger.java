package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A word that signals an event, with the lexicon row it fits.
 *
 * @param argument the argument that satisfied the cue's argument class, or null when the cue needs none
 */
record Trigger(IndexedWord word, Cue cue, IndexedWord argument) {}

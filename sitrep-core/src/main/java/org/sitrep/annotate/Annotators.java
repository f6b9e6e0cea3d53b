package org.sitrep.annotate;

import java.util.Set;

/** Named sets of CoreNLP annotators that extractors ask for. */
public final class Annotators {

    /** Tokens, sentences, parts of speech, lemmas and coarse named entities with SUTime's time expressions. */
    public static final Set<String> NAMED_ENTITIES = Set.of("tokenize", "ssplit", "pos", "lemma", "ner");

    private Annotators() {}
}

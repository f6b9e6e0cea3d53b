package org.sitrep.extract.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * The words naming an event's parties, as the parse gives them, before they are typed.
 *
 * @param agent      who acts (actor 1), or null
 * @param patient    who is acted on (actor 2), or null
 * @param associates who backs or joins the agent
 */
record Parties(IndexedWord agent, IndexedWord patient, List<IndexedWord> associates) {

    Parties {
        associates = List.copyOf(associates);
    }

    /** For symmetric events (clashes, agreements, talks) a sole named party is actor 1. */
    Parties symmetric() {
        return agent == null && patient != null ? new Parties(patient, null, associates) : this;
    }
}

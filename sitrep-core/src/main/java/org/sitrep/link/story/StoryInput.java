package org.sitrep.link.story;

import java.time.Instant;
import java.util.List;

/**
 * What the story clusterer needs to know about one document, and no more, so that it also clusters documents
 * that were never annotated (a feed of headlines).
 *
 * @param time     when it was published; null when unknown (then time neither helps nor hurts)
 * @param entities names of what it talks about (people, organisations, places), most prominent first; empty
 *                 when not annotated
 * @param places   resolved place names, for the story's places; empty until places are extracted
 */
public record StoryInput(String id, String text, Instant time, List<String> entities, List<String> places) {
    public StoryInput {
        entities = List.copyOf(entities);
        places = List.copyOf(places);
    }

    /** A document known only by its text and time, like a headline in a feed. */
    public static StoryInput ofText(String id, String text, Instant time) {
        return new StoryInput(id, text, time, List.of(), List.of());
    }
}

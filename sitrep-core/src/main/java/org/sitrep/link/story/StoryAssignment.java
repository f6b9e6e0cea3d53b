package org.sitrep.link.story;

import java.util.List;

/**
 * Where one document went: the story it is now in, how it got there, and the stories it bridged.
 *
 * @param similarity the document's similarity to the story it joined (0 when it started one)
 * @param merged     ids of the stories merged into {@code storyId} because this document bridged them
 */
public record StoryAssignment(String documentId, String storyId, Kind kind, double similarity, List<String> merged) {

    public enum Kind { STARTED, JOINED, MERGED }

    public StoryAssignment {
        merged = List.copyOf(merged);
    }
}

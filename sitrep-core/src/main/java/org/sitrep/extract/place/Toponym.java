package org.sitrep.extract.place;

/**
 * A place name found in a text, before resolution.
 *
 * @param begin   character offset of its first letter in the clean text
 * @param end     offset after its last letter
 * @param cue     what the words around it say about the kind of place
 * @param nerType CoreNLP's type for the span (LOCATION, PERSON, …) or "O"; "GOLD" when given by evaluation data
 */
public record Toponym(int begin, int end, String text, Cue cue, String nerType) {

    /** Words next to a name that tell a division from a settlement: "Aleppo province", "the town of Azaz". */
    public enum Cue { NONE, DIVISION, SETTLEMENT }

    public static Toponym gold(int begin, int end, String text) {
        return new Toponym(begin, end, text, Cue.NONE, "GOLD");
    }
}

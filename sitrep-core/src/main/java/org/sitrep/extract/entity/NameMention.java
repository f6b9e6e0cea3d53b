package org.sitrep.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.EntityType;

/** A name found in the text, before mentions are grouped into entities. Token indexes are document-wide. */
record NameMention(int begin, int end, String text, EntityType type, List<CoreLabel> tokens, boolean derived) {

    /** Folded for comparison: lower case, no leading "the", no possessive. */
    String key() {
        return text.toLowerCase(Locale.ROOT)
                .replaceFirst("^the\\s+", "")
                .replaceFirst("['’]s$", "")
                .replaceAll("[\\s\\-]+", " ")
                .strip();
    }

    List<String> words() {
        return tokens.stream().map(CoreLabel::word).toList();
    }

    boolean isAcronym() {
        return text.length() >= 2 && text.length() <= 8 && text.matches("\\p{Lu}[\\p{Lu}.&]*\\p{Lu}\\.?");
    }
}

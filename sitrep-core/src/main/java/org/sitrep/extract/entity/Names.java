package org.sitrep.extract.entity;

import java.util.List;
import java.util.Set;

/** Small facts about names used when grouping mentions. */
final class Names {

    static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "for", "the", "and", "in", "on", "at", "to", "de", "du", "des", "la", "le", "al", "el", "&");

    private Names() {}

    /** Initials of the content words: "Office for the Coordination of Humanitarian Affairs" → "OCHA". */
    static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) && !word.isEmpty()
                    && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    /**
     * The word a short reference would use: the last word before the first function word
     * ("Syrian Observatory for Human Rights" → "Observatory"), else the last word ("Security Council").
     */
    static String head(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (FUNCTION_WORDS.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
                return words.get(i - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    /** Whether {@code shorter} is a proper suffix of {@code longer}, word for word ("Erdogan" of "Tayyip Erdogan"). */
    static boolean isSuffix(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size()) {
            return false;
        }
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }
}

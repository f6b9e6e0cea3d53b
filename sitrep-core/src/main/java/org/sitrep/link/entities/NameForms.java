package org.sitrep.link.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How names are compared across reports, whatever each outlet's house style: spelling folded, words, initials. */
final class NameForms {

    /** Words an acronym skips and a short reference stops before ("Office for the Coordination of…"). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of", "for", "the", "and", "in", "on", "at", "to", "de", "du", "des", "la", "le", "al", "el", "&");

    private NameForms() {}

    /**
     * Folded for comparison: lower case, accents dropped (outlets differ on "Erdoğan"), no dots ("U.N." is "UN"),
     * no leading "the", no possessive, hyphens and punctuation as spaces ("al-Assad" and "al Assad" are one).
     */
    static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replaceFirst("['’]s$", "")
                .replaceAll("[^\\p{L}\\p{N}&]+", " ")
                .strip();
        return folded.replaceFirst("^the ", "");
    }

    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /** Written in capitals, as acronyms are ("OCHA", "U.N."): an all-lower "un" is a word, not an acronym. */
    static boolean isAcronym(String written) {
        String letters = written.strip().replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** Initials of the content words ("office for the coordination of humanitarian affairs" → "ocha"), or "". */
    static String initials(String normalised) {
        List<String> content = words(normalised).stream().filter(word -> !FUNCTION_WORDS.contains(word)).toList();
        if (content.size() < 2) {
            return "";
        }
        return content.stream().map(word -> word.substring(0, 1)).collect(Collectors.joining());
    }

    /**
     * The word a short reference keeps: the last word before the first function word ("observatory" of "syrian
     * observatory for human rights"), else the last word ("council" of "un security council").
     */
    static String head(String normalised) {
        List<String> words = words(normalised);
        for (int i = 1; i < words.size(); i++) {
            if (FUNCTION_WORDS.contains(words.get(i))) {
                return words.get(i - 1);
            }
        }
        return words.isEmpty() ? "" : words.getLast();
    }

    /** A description with its article dropped ("a Britain-based monitor" → "britain based monitor"). */
    static String description(String written) {
        return normalise(written).replaceFirst("^(a|an) ", "");
    }
}

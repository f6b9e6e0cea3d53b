package org.sitrep.link.origin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A text's words, folded, and its word shingles (overlapping runs of {@link #LENGTH} words) as 64-bit hashes. */
final class Shingles {

    /** Four words: long enough that two independent reports rarely share many, short enough to survive light edits. */
    static final int LENGTH = 4;

    private Shingles() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static Set<Long> of(String text) {
        List<String> words = words(text);
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + LENGTH <= words.size(); i++) {
            shingles.add(hash(String.join(" ", words.subList(i, i + LENGTH))));
        }
        return shingles;
    }

    /** FNV-1a, 64 bits: stable across runs and JVMs, unlike {@link String#hashCode()}'s 32 bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

package org.sitrep.extract.quote;

import java.util.Locale;
import java.util.Set;

/** Grammatical gender as the text reveals it: by a pronoun or a role word ("spokeswoman", "Mr."). */
enum Gender {
    FEMALE, MALE, UNKNOWN;

    private static final Set<String> FEMALE_WORDS = Set.of("she", "her", "hers", "herself", "woman", "spokeswoman",
            "chairwoman", "congresswoman", "businesswoman", "mrs", "mrs.", "ms", "ms.", "mother", "daughter", "wife",
            "sister", "widow", "grandmother", "actress", "queen", "princess", "girl", "lady", "madam");
    private static final Set<String> MALE_WORDS = Set.of("he", "him", "his", "himself", "man", "spokesman",
            "chairman", "congressman", "businessman", "mr", "mr.", "father", "son", "husband", "brother", "widower",
            "grandfather", "actor", "king", "prince", "boy", "sir");

    static Gender of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return FEMALE_WORDS.contains(w) ? FEMALE : MALE_WORDS.contains(w) ? MALE : UNKNOWN;
    }

    boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}

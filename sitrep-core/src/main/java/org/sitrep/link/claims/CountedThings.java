package org.sitrep.link.claims;

import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.claim.Measure;

/**
 * What a figure counts, normalised so that two reports of the same count meet. Reports name the same people
 * differently ("20,000 people", "20,000 Syrians", "20,000 civilians", "2.5 million refugees"), and under a
 * measure that already says what happened to them (killed, fled, hosted) the noun adds little, so every word for
 * people, and every demonym (a capitalised plural: Syrians, Iraqis, Afghans), is "people". Subgroups that
 * change the count are kept apart: "children", "women", "fighters", "soldiers" are not all the people killed.
 * Non-people ("air strikes", "villages") keep their own lower-cased words.
 */
final class CountedThings {

    static final String PEOPLE = "people";
    private static final Set<String> PEOPLE_WORDS = Set.of("people", "persons", "person", "civilians", "civilian",
            "residents", "inhabitants", "refugees", "migrants", "individuals", "lives", "population", "others",
            "families");

    private CountedThings() {}

    static String of(String object, Measure measure) {
        if (object == null || object.isBlank()) {
            return MeasureKinds.countsPeople(measure) ? PEOPLE : "";
        }
        String words = object.strip();
        String lower = words.toLowerCase(Locale.ROOT);
        if (PEOPLE_WORDS.contains(lower) || isDemonym(words)) {
            return PEOPLE;
        }
        return lower;
    }

    private static boolean isDemonym(String words) {
        return !words.contains(" ") && Character.isUpperCase(words.charAt(0)) && words.endsWith("s");
    }
}

package org.sitrep.extract.event;

import java.util.Optional;
import org.sitrep.extract.place.gazetteer.Candidate;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.extract.place.gazetteer.NameKind;
import org.sitrep.model.Place;

/**
 * The country a demonym or a country's short name stands for ("Russian" → Russia, "U.S.-led" → United States), from
 * the gazetteer's adjectives and other names: a party named "Russian jets" or "Russian bombardment" is Russia's forces
 * even where the place extractor, rightly, does not count the adjective as a place of the report.
 */
final class Demonyms {

    private final Gazetteer gazetteer;

    Demonyms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Place> country(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        String name = word.contains("-") ? word.substring(0, word.indexOf('-')) : word;
        for (Candidate candidate : gazetteer.candidates(name)) {
            boolean country = gazetteer.featureCode(candidate.entry()).startsWith("PCL");
            if (country && (candidate.kind() == NameKind.ADJECTIVE || !word.equals(name))) {
                return Optional.of(gazetteer.place(candidate.entry()));
            }
        }
        return Optional.empty();
    }
}

package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups in the gazetteer the build compiled from GeoNames (cities500), iso3166-2-db and the Factbook. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> gazetteer.id(c.entry())).toList();
    }

    @Test
    void loadsWellUnderASecondWithTheWorldsPopulatedPlaces() {
        long start = System.nanoTime();
        Gazetteer.standard();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        assertThat(gazetteer.size()).isGreaterThan(190_000);
    }

    @Test
    void findsAleppoAndItsGovernorateByTheirNames() {
        List<Candidate> aleppo = gazetteer.candidates("Aleppo");
        assertThat(ids(aleppo)).contains("170063");
        int city = aleppo.stream().filter(c -> gazetteer.id(c.entry()).equals("170063")).findFirst().orElseThrow().entry();
        assertThat(gazetteer.country(city)).isEqualTo("SY");
        assertThat(gazetteer.featureCode(city)).isEqualTo("PPLA");
        assertThat(gazetteer.place(city).admin1()).isEqualTo("Aleppo Governorate");
        assertThat(gazetteer.candidates("Aleppo Governorate")).extracting(c -> gazetteer.featureCode(c.entry()))
                .containsExactly("ADM1");
    }

    @Test
    void newsSpellingsFindTheGeoNamesEntry() {
        assertThat(ids(gazetteer.candidates("Tell Rifaat"))).contains("163476"); // Tall Rif‘at
        assertThat(ids(gazetteer.candidates("Tall Rif'at"))).contains("163476");
        assertThat(ids(gazetteer.fuzzyCandidates("Tal Rafaat", 1))).contains("163476"); // one vowel off "Tal Refaat"
        assertThat(ids(gazetteer.candidates("Haritan"))).contains("169858"); // Ḩuraytān
        assertThat(ids(gazetteer.candidates("Azaz"))).contains("172082"); // I‘zāz
    }

    @Test
    void aVowelVariantIsAFuzzyCandidateWithinTheBound() {
        assertThat(ids(gazetteer.fuzzyCandidates("Nubbul", 1))).contains("166331"); // Nubl
        assertThat(gazetteer.fuzzyCandidates("Nubbul", 1)).allMatch(Candidate::fuzzy);
    }

    @Test
    void countriesHaveTheirNamesAbbreviationsAndAdjectives() {
        assertThat(ids(gazetteer.candidates("Syria"))).contains("163843");
        assertThat(ids(gazetteer.candidates("U.S."))).contains("6252001");
        assertThat(gazetteer.candidates("Syrian")).anyMatch(c -> c.kind() == NameKind.ADJECTIVE
                && gazetteer.id(c.entry()).equals("163843"));
        int syria = gazetteer.candidates("Syria").stream().filter(c -> gazetteer.id(c.entry()).equals("163843"))
                .findFirst().orElseThrow().entry();
        // between the World Factbook's point (35 N, 38 E, as GeoNames has it) and the outline's centroid
        assertThat(Distances.km(gazetteer.latitude(syria), gazetteer.longitude(syria), 35.0, 38.0)).isLessThan(50);
    }

    @Test
    void continentsAndTheirAdjectivesAreKnown() {
        assertThat(gazetteer.candidates("Europe")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("CONT"));
        assertThat(gazetteer.candidates("African")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("CONT")
                && c.kind() == NameKind.ADJECTIVE);
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(gazetteer.candidates("Qwzxv")).isEmpty();
        assertThat(gazetteer.knows("")).isFalse();
    }
}

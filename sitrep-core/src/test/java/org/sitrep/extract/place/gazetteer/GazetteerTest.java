package org.sitrep.extract.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups in the gazetteer the build compiled from GeoNames (cities500, country records), iso3166-2-db and the Factbook. */
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
        int syria = entry("Syria", "163843");
        assertThat(Distances.km(gazetteer.latitude(syria), gazetteer.longitude(syria), 35.0, 38.0)).isLessThan(1);
    }

    @Test
    void aCountryStandsAtGeoNamesPointNotAtTheMiddleOfItsOutline() {
        // the outline with Alaska and Hawaii pulls its centroid far north-west of where GeoNames puts the country
        int unitedStates = entry("United States", "6252001");
        assertThat(Distances.km(gazetteer.latitude(unitedStates), gazetteer.longitude(unitedStates), 39.76, -98.5))
                .isLessThan(1);
        int japan = entry("Japan", "1861060");
        assertThat(Distances.km(gazetteer.latitude(japan), gazetteer.longitude(japan), 35.69, 139.75)).isLessThan(1);
    }

    @Test
    void aProvinceStandsNearGeoNamesPointNotAtItsTownsOrItsMapLabel() {
        // GeoNames puts Queensland (2152274) at 20 S 145 E and Ontario (6093943) at 49.25 N 84.5 W; the middle of
        // their towns and country-state-city's points are each off by some 100-250 km, their midpoint is not
        int queensland = entry("Queensland", "2152274");
        assertThat(Distances.km(gazetteer.latitude(queensland), gazetteer.longitude(queensland), -20, 145))
                .isLessThan(100);
        int ontario = entry("Ontario", "6093943");
        assertThat(Distances.km(gazetteer.latitude(ontario), gazetteer.longitude(ontario), 49.25, -84.5))
                .isLessThan(100);
    }

    @Test
    void usCountiesStandAtTheirMiddleInTheirState() {
        List<Candidate> cook = gazetteer.candidates("Cook County").stream()
                .filter(c -> gazetteer.featureCode(c.entry()).equals("ADM2") && gazetteer.admin1(c.entry()).equals("IL"))
                .toList();
        assertThat(cook).hasSize(1);
        int county = cook.get(0).entry();
        int chicago = entry("Chicago", "4887398");
        assertThat(Distances.km(gazetteer.latitude(county), gazetteer.longitude(county),
                gazetteer.latitude(chicago), gazetteer.longitude(chicago))).isLessThan(40);
        assertThat(gazetteer.admin1Entry(county)).isEqualTo(entry("Illinois", "4896861"));
        assertThat(gazetteer.candidates("Orleans Parish")).isNotEmpty();
        assertThat(gazetteer.candidates("Baltimore County")).isNotEmpty(); // the county, not the independent city
    }

    @Test
    void subdivisionsBelowGeoNamesFirstLevelAreSecondLevelDivisions() {
        // ISO 3166-2's English counties and French departments, which iso3166-2-db's first level lacks
        assertThat(gazetteer.candidates("Suffolk")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("ADM2")
                && gazetteer.country(c.entry()).equals("GB"));
        assertThat(gazetteer.candidates("Nord")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("ADM2")
                && gazetteer.country(c.entry()).equals("FR"));
    }

    private int entry(String name, String id) {
        return gazetteer.candidates(name).stream().filter(c -> gazetteer.id(c.entry()).equals(id)).findFirst()
                .orElseThrow().entry();
    }

    @Test
    void continentsAndTheirAdjectivesAreKnown() {
        assertThat(gazetteer.candidates("Europe")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("CONT"));
        int europe = entry("Europe", "6255148");
        assertThat(Distances.km(gazetteer.latitude(europe), gazetteer.longitude(europe), 48.69, 9.14)).isLessThan(1);
        assertThat(gazetteer.candidates("African")).anyMatch(c -> gazetteer.featureCode(c.entry()).equals("CONT")
                && c.kind() == NameKind.ADJECTIVE);
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(gazetteer.candidates("Qwzxv")).isEmpty();
        assertThat(gazetteer.knows("")).isFalse();
    }
}

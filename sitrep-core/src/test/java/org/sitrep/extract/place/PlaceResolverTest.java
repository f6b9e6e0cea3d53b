package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.place.gazetteer.Gazetteer;

/** Resolution of names given with their spans (no CoreNLP): the document's other names decide. */
class PlaceResolverTest {

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final PlaceResolver resolver = new PlaceResolver(gazetteer);

    /** Resolves the names as if they stood one after another in a text; returns the GeoNames ids, "" if none. */
    private List<String> resolve(String... names) {
        StringBuilder text = new StringBuilder();
        List<Toponym> toponyms = new ArrayList<>();
        for (String name : names) {
            int begin = text.length();
            text.append(name);
            toponyms.add(new Toponym(begin, text.length(), name, Toponym.Cue.NONE, "GOLD"));
            text.append(", ");
        }
        return resolver.resolve(toponyms).stream()
                .map(r -> r.isResolved() ? gazetteer.id(r.resolved()) : "").toList();
    }

    @Test
    void parisAloneIsTheCapitalButBesideDallasAndTexasItIsParisTexas() {
        assertThat(resolve("Paris").get(0)).isEqualTo("2988507");
        String paris = resolve("Dallas", "Texas", "Paris").get(2);
        assertThat(gazetteer.country(gazetteer.candidates("Paris").stream()
                .filter(c -> gazetteer.id(c.entry()).equals(paris)).findFirst().orElseThrow().entry())).isEqualTo("US");
    }

    @Test
    void aDivisionCueChoosesTheGovernorateOverItsCity() {
        Toponym province = new Toponym(0, 6, "Aleppo", Toponym.Cue.DIVISION, "GOLD");
        Resolution r = resolver.resolve(List.of(province)).get(0);
        assertThat(gazetteer.featureCode(r.resolved())).isEqualTo("ADM1");
        assertThat(resolve("Aleppo").get(0)).isEqualTo("170063");
    }

    @Test
    void aSmallNamesakeFarFromTheDocumentsPlacesIsLeftUnresolved() {
        // Mayer, a village north of Aleppo, is not in cities500; Mayer, Minnesota is.
        assertThat(resolve("Aleppo", "Azaz", "Syria", "Kilis", "Mayer").get(4)).isEmpty();
    }

    @Test
    void anUnknownBuildingFallsBackToThePlaceInItsNameButAnArabicConstructDoesNot() {
        assertThat(resolve("London", "Manchester", "Birmingham City").get(2)).isEqualTo("2655603");
        assertThat(resolve("Aleppo", "Azaz", "Bab al Salama").get(2)).isEmpty();
    }

    @Test
    void aDivisionNamedBesideATownTakesItsNamesakeThere() {
        assertThat(resolve("London").get(0)).isEqualTo("2643743");
        assertThat(resolve("Ontario", "Windsor", "London").get(2)).isEqualTo("6058560"); // London, Ontario
    }

    @Test
    void aNameBesideTownsInsideADivisionIsThatDivision() {
        assertThat(resolve("Washington").get(0)).isEqualTo("4140963"); // the capital
        assertThat(resolve("Seattle", "Spokane", "Washington").get(2)).isEqualTo("5815135"); // the state
        assertThat(resolve("Atlanta", "Savannah", "Georgia").get(2)).isEqualTo("4197000"); // the US state
        assertThat(resolve("Tbilisi", "Georgia").get(1)).isEqualTo("614540"); // the country
    }

    @Test
    void aTownThatOnlyOnceBoreTheNameYieldsToTownsThatBearItNow() {
        // Glendale, California (200,000 people) has "Riverdale" among its GeoNames alternate names
        String riverdale = resolve("Riverdale").get(0);
        assertThat(gazetteer.name(gazetteer.candidates("Riverdale").stream()
                .filter(c -> gazetteer.id(c.entry()).equals(riverdale)).findFirst().orElseThrow().entry()))
                .isEqualTo("Riverdale");
        assertThat(resolve("New York").get(0)).isEqualTo("5128581"); // a short form of New York City, not a namesake
    }

    @Test
    void anOceanBesideTownsOfOneCountryIsStillTheOcean() {
        assertThat(resolve("Boston", "Maine", "Atlantic").get(2)).isEqualTo("factbook:Atlantic Ocean");
    }

    @Test
    void directionsAndKindsOfPlaceAreNotPlaces() {
        assertThat(resolve("West", "Gulf", "Valley")).containsOnly("");
    }

    @Test
    void theBaselineTakesTheMostPopulousCandidate() {
        Resolution r = resolver.mostPopulous(Toponym.gold(0, 5, "Paris"));
        assertThat(gazetteer.id(r.resolved())).isEqualTo("2988507");
    }
}

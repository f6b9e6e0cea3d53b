package org.sitrep.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.testing.Samples;

/** The samples' places on the map: the right towns, nobody's name, and an honest blank for what is unknown. */
class SamplePlacesTest {

    /**
     * Names in the samples and the GeoNames entry each means (the Syrian and Turkish towns of the offensive north
     * of Aleppo in February 2016, the capitals the reports quote).
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("Aleppo", "170063"), Map.entry("Azaz", "172082"), Map.entry("Tal Rafaat", "163476"),
            Map.entry("Haritan", "169858"), Map.entry("Kilis", "307864"), Map.entry("Afrin", "174186"),
            Map.entry("Madaya", "167558"), Map.entry("Damascus", "170654"), Map.entry("Syria", "163843"),
            Map.entry("Turkey", "298795"), Map.entry("Ankara", "323786"), Map.entry("Geneva", "2660646"),
            Map.entry("Nubul", "166331"), Map.entry("Idlib province", "169387"));

    private static List<PlaceMention> places() {
        return Samples.undated().documents().stream().flatMap(d -> d.places().stream()).toList();
    }

    @Test
    void theSamplesTownsAreTheSyrianAndTurkishOnes() {
        Map<String, String> found = new HashMap<>();
        places().stream().filter(m -> m.resolved() != null)
                .forEach(m -> found.put(m.span().text(), m.resolved().gazetteerId()));
        assertThat(found).containsAllEntriesOf(EXPECTED);
    }

    @Test
    void aVillageTheGazetteerLacksIsLeftUnplacedNotPutOnAForeignNamesake() {
        // Kafin, a village north of Aleppo, is missing from cities500; GeoNames lists "Kafin" as an alternate of
        // Kapan in Armenia, a country the reports never mention.
        assertThat(places()).filteredOn(m -> m.span().text().equals("Kafin")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.resolved()).isNull());
        assertThat(places()).filteredOn(m -> m.resolved() != null)
                .allSatisfy(m -> assertThat(m.resolved().country()).isNotEqualTo("AM"));
    }

    @Test
    void eachResolvedMentionKeepsItsRankedCandidatesAndAConfidence() {
        assertThat(places()).filteredOn(m -> m.resolved() != null).isNotEmpty().allSatisfy(m -> {
            assertThat(m.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(PlaceExtractor.CANDIDATES_SHOWN);
            assertThat(m.candidates().get(0).gazetteerId()).isEqualTo(m.resolved().gazetteerId());
            assertThat(m.confidence()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        });
    }

    @Test
    void fiveKilometresFromTalRafaatIsKeptAsARelationToIt() {
        assertThat(places()).filteredOn(m -> m.span().text().equals("Tal Rafaat"))
                .anySatisfy(m -> assertThat(m.relation().distanceKm()).isEqualTo(5.0));
    }

    @Test
    void noPersonOrOrganisationIsPutOnTheMap() {
        for (DocumentAnalysis analysis : Samples.undated().documents()) {
            List<Span> people = analysis.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON).flatMap(e -> e.mentions().stream()).toList();
            List<Span> organisations = analysis.entities().stream()
                    .filter(e -> e.type() == EntityType.ORGANIZATION).flatMap(e -> e.mentions().stream()).toList();
            for (PlaceMention m : analysis.places()) {
                if (m.resolved() == null) {
                    continue;
                }
                assertThat(people).noneMatch(p -> p.overlaps(m.span()) && p.text().contains(" "));
                assertThat(organisations).noneMatch(o -> o.contains(m.span()) && !o.equals(m.span()));
            }
            assertThat(analysis.places()).extracting(m -> m.span().text())
                    .doesNotContain("Kerry", "Merkel", "Davutoglu", "Erdogan", "Stoltenberg", "Hokayem", "Liwa",
                            "Minister", "Vice", "State", "Bab", "Salama");
        }
    }

    @Test
    void namesTheGazetteerLacksAreNotPlacedAtANamesakeAbroad() {
        // Anadan (NER: PERSON) and the village of Mayer are not in cities500; Pandan (Philippines) and Mayer
        // (Minnesota) are, and must not stand in for them.
        assertThat(places()).filteredOn(m -> m.span().text().equals("Anadan") || m.span().text().equals("Mayer"))
                .allMatch(m -> m.resolved() == null || m.resolved().country().equals("SY"));
    }
}

package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.testing.Samples;

/**
 * Acceptance on the two sample reports (AFP of Friday 5 February 2016, Reuters of Monday 8 February 2016, dated by
 * sidecars): the events issue 6 names, each with the actors, place and date the text gives, and the capture of Mayer
 * told by both reports as one event with two independent sources (issue 7).
 */
class EventSamplesTest {

    private static List<MergedEvent> events() {
        return Samples.dated().events();
    }

    private static List<MergedEvent> events(String subType) {
        return events().stream().filter(e -> e.event().subType().equals(subType)).toList();
    }

    private static MergedEvent at(String subType, String place) {
        List<MergedEvent> found = events(subType).stream()
                .filter(e -> e.event().place() != null && e.event().place().span().text().equals(place)).toList();
        assertThat(found).as("%s events at %s", subType, place).hasSize(1);
        return found.getFirst();
    }

    private static List<String> evidence(MergedEvent merged) {
        return merged.event().evidence().stream().map(span -> span.text()).toList();
    }

    @Test
    void theCaptureOfMayerIsOneEventToldByBothReportsWithTwoIndependentSources() {
        MergedEvent mayer = at("Government regains territory", "Mayer");
        Event event = mayer.event();

        assertThat(event.type()).isEqualTo("Battles");
        assertThat(event.actor1().name()).isEqualTo("army");
        assertThat(event.actor1().actorType()).isEqualTo("State forces");
        assertThat(event.time().normalized()).isEqualTo("2016-02-05");
        assertThat(event.timePrecision()).isEqualTo(1);
        assertThat(mayer.reports()).hasSize(2);
        assertThat(event.documentIds()).hasSize(2);
        assertThat(mayer.independentSources()).isEqualTo(2);
        assertThat(mayer.sources()).containsExactly("AFP", "Reuters");
        assertThat(evidence(mayer)).anyMatch(s -> s.startsWith("On Friday, the army seized the village of Mayer"))
                .anyMatch(s -> s.startsWith("The capture of the towns of Mayer and then Kafin"));
        assertThat(mayer.reasoning()).contains("same type (Battles)", "Mayer");
    }

    @Test
    void anEventASpokeswomanReportsCountsTheOrganisationSheSpeaksForAsItsSource() {
        List<MergedEvent> toldByLindaTom = events().stream().filter(e -> e.event().attribution() != null
                && e.event().attribution().source() != null
                && "Linda Tom".equals(e.event().attribution().source().name())).toList();

        assertThat(toldByLindaTom).isNotEmpty().allSatisfy(e -> assertThat(e.sources())
                .containsExactly("Office for the Coordination of Humanitarian Affairs"));
    }

    @Test
    void theArmySeizingHalfOfRatyanOnFridayIsItsOwnEvent() {
        Event ratyan = at("Government regains territory", "Ratyan").event();

        assertThat(ratyan.actor1().name()).isEqualTo("army");
        assertThat(ratyan.time().normalized()).isEqualTo("2016-02-05");
        assertThat(ratyan.evidence().getFirst().text()).contains("half the town of Ratyan");
    }

    @Test
    void theCaptureOfKafinIsTerritoryTakenByATakerTheReportDoesNotName() {
        Event kafin = at(Event.TERRITORY_ACTOR_NOT_NAMED, "Kafin").event();

        assertThat(kafin.type()).isEqualTo("Battles");
        assertThat(kafin.actor1()).isNull();
        assertThat(kafin.time()).as("'in the past 24 hrs' is a duration, not a date").isNull();
        assertThat(kafin.documentIds()).hasSize(1);
    }

    @Test
    void cuttingTheRebelsSupplyRouteIsToldByBothReportsWithWhoCutIt() {
        List<Event> cuts = events("Supply route cut").stream().map(MergedEvent::event).toList();

        assertThat(cuts).anySatisfy(cut -> {
            assertThat(cut.actor1()).isNotNull();
            assertThat(cut.actor1().name()).isEqualTo("government forces");
            assertThat(cut.evidence().getFirst().text()).contains("severed the rebels’ main supply route");
        });
        assertThat(cuts).anySatisfy(cut -> {
            assertThat(cut.actor1()).isNotNull();
            assertThat(cut.actor1().name()).isEqualTo("Syrian government troops");
            assertThat(cut.actor1().actorType()).isEqualTo("State forces");
            assertThat(cut.associatedActors()).extracting(a -> a.name()).contains("allies");
            assertThat(cut.time().normalized()).as("Wednesday before Monday 8 February").isEqualTo("2016-02-03");
            assertThat(cut.place().span().text()).isEqualTo("Aleppo");
            assertThat(cut.evidence().getFirst().text()).contains("choking opposition supply lines");
        });
    }

    @Test
    void theRussianBombardmentOfAnadanAndHaritanIsOneEventPerTown() {
        for (String town : List.of("Anadan", "Haritan")) {
            Event bombardment = at("Shelling/artillery/missile attack", town).event();
            assertThat(bombardment.type()).isEqualTo("Explosions/Remote violence");
            assertThat(bombardment.actor1().name()).isEqualTo("Russia");
            assertThat(bombardment.evidence().getFirst().text()).contains("Russian bombardment of towns northwest of Aleppo");
        }
        assertThat(events("Shelling/artillery/missile attack")).noneMatch(e -> e.event().place() != null
                && e.event().place().span().text().equals("Aleppo"));
    }

    @Test
    void aWordOfAnOrganisationsNameIsNoEventPlaceEvenWhenTheParseListsItWithPlaces() {
        assertThat(events()).noneMatch(e -> e.event().place() != null && e.event().place().span().text().equals("State"));
    }

    @Test
    void aerialBombingIsAnAirStrikeWhoeverBombs() {
        assertThat(events()).filteredOn(e -> evidence(e).stream().anyMatch(text -> text.contains("aerial bombing")))
                .isNotEmpty()
                .noneMatch(e -> e.event().subType().equals("Remote explosive/landmine/IED"))
                .anyMatch(e -> e.event().subType().equals("Air/drone strike"));
    }

    @Test
    void theBorderClosureIsPlacedAndDatedInOneReportAndHasItsActorInTheOther() {
        Event aleppo = at("Border closure", "Aleppo").event();
        assertThat(aleppo.time().normalized()).isEqualTo("2016-02-05");
        assertThat(aleppo.time().text()).isEqualTo("Early Friday");
        assertThat(aleppo.geoPrecision()).isEqualTo(1);
        assertThat(aleppo.evidence().getFirst().text()).startsWith("Early Friday, the main border crossing");

        assertThat(events("Border closure")).anySatisfy(closure -> {
            assertThat(closure.event().actor1()).isNotNull();
            assertThat(closure.event().actor1().name()).isEqualTo("Ankara");
            assertThat(closure.event().actor1().actorType()).isEqualTo("State forces");
        });
    }

    @Test
    void theCollapseOfTheTalksIsOneEventOfBothReportsInTheWeekOfFebruaryFirst() {
        List<MergedEvent> collapses = events("Talks collapsed");

        assertThat(collapses).hasSize(1);
        Event collapse = collapses.getFirst().event();
        assertThat(collapse.type()).isEqualTo("Diplomacy");
        assertThat(collapse.actor1().name()).isEqualTo("Syrian government");
        assertThat(collapse.time().normalized()).isEqualTo("2016-W05");
        assertThat(collapse.timePrecision()).isEqualTo(2);
        assertThat(collapses.getFirst().independentSources()).isEqualTo(2);
    }

    @Test
    void plansConditionsAndWhatSomeoneIsPreparedToDoAreNotEvents() {
        List<String> reported = events().stream().flatMap(e -> e.event().evidence().stream()).map(s -> s.text()).toList();

        assertThat(reported).noneMatch(s -> s.contains("Unless this is reopened, you will see Aleppo falling"))
                .noneMatch(s -> s.contains("prepared to stop the bombings"))
                .noneMatch(s -> s.contains("aid workers have said they could soon fall"));
    }

    @Test
    void everyEventCarriesItsSentencesAndDocuments() {
        for (MergedEvent merged : events()) {
            assertThat(merged.event().evidence()).isNotEmpty();
            assertThat(merged.event().documentIds()).isNotEmpty();
            merged.event().evidence().forEach(span -> {
                String text = Samples.dated().documents().stream()
                        .filter(d -> d.document().id().equals(span.documentId())).findFirst().orElseThrow()
                        .document().cleanText();
                assertThat(text.substring(span.begin(), span.end())).isEqualTo(span.text());
            });
        }
    }
}

package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.ClaimGroup.Verdict;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Interval;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeRef;

/** The verdict rules on hand-built figures: intervals, sources, places and times. */
class ClaimGroupsTest {

    private static final Place SYRIA = place("163843", "Syria", "SY", "");
    private static final Place ALEPPO = place("170063", "Aleppo", "SY", "09");
    private static final Place TURKEY = place("298795", "Turkey", "TR", "");
    private static final Place LEBANON = place("272103", "Lebanon", "LB", "");

    private int documents;

    @Test
    void twoOutletsGivingTheSameFigureForTheSameDayCorroborateIt() {
        var afp = report("AFP", "2016-02-05", figure("killed", "people", exact(120), SYRIA, null));
        var reuters = report("Reuters", "2016-02-05", figure("killed", "civilians", about(120), SYRIA, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(afp, reuters)));

        assertThat(group.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(group.object()).isEqualTo("people");
        assertThat(group.sources()).containsExactly("AFP", "Reuters");
    }

    @Test
    void twoOutletsQuotingTheSameSpeakerAreOneSource() {
        var one = report("Al Jazeera", "2016-02-05", quoted("OCHA", figure("stranded", "people", upTo(20_000), null, null)));
        var two = report("BBC", "2016-02-05", quoted("the OCHA", figure("stranded", "people", upTo(20_000), null, null)));

        ClaimGroup group = only(ClaimGroups.of(List.of(one, two)));

        assertThat(group.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        assertThat(group.independentSources()).isEqualTo(1);
        assertThat(group.reasoning()).contains("one source, OCHA").contains("they agree");
    }

    @Test
    void twoOutletsRewritingTheSameWireAreOneSource() {
        var one = wire("Daily Star", "AFP", "2016-02-05", figure("fled", "people", exact(40_000), ALEPPO, null));
        var two = wire("France 24", "AFP", "2016-02-05", figure("fled", "people", exact(40_000), ALEPPO, null));

        assertThat(only(ClaimGroups.of(List.of(one, two))).verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    }

    @Test
    void twoLowerBoundsOfDifferentFiguresAreConsistent() {
        var afp = report("AFP", "2016-02-05", figure("killed", "people", moreThan(260_000), SYRIA, null));
        var reuters = report("Reuters", "2016-02-05", figure("killed", "people", atLeast(250_000), SYRIA, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(afp, reuters)));

        assertThat(group.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(group.reasoning()).contains("both are lower bounds");
    }

    @Test
    void disjointFiguresForTheSameDayConflict() {
        var one = report("AFP", "2016-02-05", figure("stranded", "people", upTo(20_000), TURKEY, null));
        var two = report("Reuters", "2016-02-05", figure("stranded", "people", exact(40_000), TURKEY, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(one, two)));

        assertThat(group.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(group.reasoning()).contains("disjoint for the same period");
    }

    @Test
    void aLaterLargerDeathTollIsAnUpdateNotAConflict() {
        var earlier = report("AFP", "2016-02-01", figure("killed", "people", exact(250_000), SYRIA, null));
        var later = report("Reuters", "2016-03-01", figure("killed", "people", exact(270_000), SYRIA, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(later, earlier)));

        assertThat(group.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(group.reasoning()).contains("an update");
        assertThat(group.period()).isEqualTo("growing count, 2016-02-01 to 2016-03-01");
        assertThat(group.claims().getFirst().asWritten()).isEqualTo("250000");
    }

    @Test
    void aLaterSmallerDeathTollConflicts() {
        var earlier = report("AFP", "2016-02-01", figure("killed", "people", exact(270_000), SYRIA, null));
        var later = report("Reuters", "2016-03-01", figure("killed", "people", exact(250_000), SYRIA, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(earlier, later)));

        assertThat(group.verdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(group.reasoning()).contains("the later figure is lower");
    }

    @Test
    void peopleStrandedOnDifferentDaysAreNotCompared() {
        var one = report("AFP", "2016-02-05", figure("stranded", "people", exact(20_000), TURKEY, null));
        var two = report("Reuters", "2016-02-08", figure("stranded", "people", exact(50_000), TURKEY, null));

        List<ClaimGroup> groups = ClaimGroups.of(List.of(one, two));

        assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.verdict()).isEqualTo(Verdict.SINGLE_SOURCE));
    }

    @Test
    void aFigureDatedByItsSentenceCountsThatDayNotTheRunningTotal() {
        TimeRef friday = new TimeRef(new Span("d", 0, 6, "Friday"), "2016-02-05", "DATE", LocalDate.parse("2016-02-05"), true);
        var day = report("AFP", "2016-02-05", figure("killed", "people", exact(120), SYRIA, friday));
        var total = report("Reuters", "2016-02-05", figure("killed", "people", moreThan(260_000), SYRIA, null));

        assertThat(ClaimGroups.of(List.of(day, total))).hasSize(2);
    }

    @Test
    void aPlaceInsideAnotherIsADifferentScope() {
        var country = report("AFP", "2016-02-05", figure("fled", "people", exact(70_000), SYRIA, null));
        var city = report("Reuters", "2016-02-05", figure("fled", "people", exact(40_000), ALEPPO, null));

        assertThat(ClaimGroups.of(List.of(country, city))).hasSize(2);
    }

    @Test
    void anUnplacedFigureJoinsTheOnlyPlacedGroupOfItsKind() {
        var placed = report("Reuters", "2016-02-08", figure("refugees_hosted", "Syrians", moreThan(2_500_000), TURKEY, null));
        var unplaced = report("AFP", "2016-02-05", figure("refugees_hosted", "refugees", about(2_500_000), null, null));

        ClaimGroup group = only(ClaimGroups.of(List.of(placed, unplaced)));

        assertThat(group.place()).isEqualTo("Turkey");
        assertThat(group.verdict()).isEqualTo(Verdict.CORROBORATED);
        assertThat(group.reasoning()).startsWith("“about 2500000” (AFP, 2016-02-05) gives no place; taken as Turkey");
    }

    @Test
    void anUnplacedFigureThatAgreesWithNoneOfThePlacedFiguresStaysApart() {
        var town = report("OCHA", "2016-02-05", figure("displaced", "people", exact(10_000), ALEPPO, null));
        var nationwide = report("Reuters", "2016-02-08", figure("displaced", "people", exact(11_000_000), null, null));

        List<ClaimGroup> groups = ClaimGroups.of(List.of(town, nationwide));

        assertThat(groups).hasSize(2);
        assertThat(groups).filteredOn(g -> g.place() == null).singleElement()
                .satisfies(g -> assertThat(g.reasoning()).contains("none agrees"));
    }

    @Test
    void anUnplacedFigureStaysApartWhenSeveralPlacesAreCandidates() {
        var turkey = report("Reuters", "2016-02-08", figure("refugees_hosted", "people", exact(2_500_000), TURKEY, null));
        var lebanon = report("AP", "2016-02-08", figure("refugees_hosted", "people", exact(1_000_000), LEBANON, null));
        var unplaced = report("AFP", "2016-02-05", figure("refugees_hosted", "people", about(2_500_000), null, null));

        List<ClaimGroup> groups = ClaimGroups.of(List.of(turkey, lebanon, unplaced));

        assertThat(groups).hasSize(3);
        assertThat(groups).filteredOn(g -> g.place() == null).singleElement()
                .satisfies(g -> assertThat(g.reasoning()).contains("given for 2 places"));
    }

    @Test
    void childrenAreNotAllThePeopleKilledButSyriansAre() {
        assertThat(CountedThings.of("children", org.sitrep.extract.claim.Measure.KILLED)).isEqualTo("children");
        assertThat(CountedThings.of("Syrians", org.sitrep.extract.claim.Measure.STRANDED)).isEqualTo("people");
        assertThat(CountedThings.of(null, org.sitrep.extract.claim.Measure.FLED)).isEqualTo("people");
        assertThat(CountedThings.of("air strikes", org.sitrep.extract.claim.Measure.STRIKES)).isEqualTo("air strikes");
    }

    @Test
    void aProjectionIsNotComparedWithACount() {
        var count = report("AFP", "2016-02-08", figure("stranded", "people", exact(50_000), TURKEY, null));
        var projection = report("Reuters", "2016-02-08",
                hedged(figure("stranded", "people", upTo(600_000), TURKEY, null), "worst_case"));

        assertThat(ClaimGroups.of(List.of(count, projection))).hasSize(2);
    }

    @Test
    void distancesAndUnclassifiedFiguresAreNotGrouped() {
        var doc = report("Reuters", "2016-02-08", figure("distance", null, exact(5), TURKEY, null),
                figure("other", "towns", exact(2), TURKEY, null));

        assertThat(ClaimGroups.of(List.of(doc))).isEmpty();
    }

    // --- hand-built figures

    private static Claim figure(String measure, String object, Interval value, Place place, TimeRef time) {
        PlaceMention mention = place == null ? null
                : new PlaceMention(new Span("d", 0, place.name().length(), place.name()), place, 0.9, List.of(place));
        String written = value.high() == null ? String.valueOf(value.low().longValue())
                : value.low() == null || value.low() == 0 || value.precision().equals("EXACT")
                ? String.valueOf(value.high().longValue())
                : String.valueOf((long) ((value.low() + value.high()) / 2));
        String qualifier = value.precision().equals("APPROXIMATE") ? "about " : "";
        return new Claim(new Span("d", 0, 1, "x"), qualifier + written, value, qualifier.strip(), null, measure, object,
                mention, time, null, List.of());
    }

    private static Claim quoted(String speaker, Claim claim) {
        return new Claim(claim.span(), claim.asWritten(), claim.value(), claim.qualifier(), claim.unit(), claim.measure(),
                claim.object(), claim.place(), claim.time(), new Attribution(new Speaker(null, speaker, null), null, null),
                claim.hedges());
    }

    private static Claim hedged(Claim claim, String hedge) {
        return new Claim(claim.span(), claim.asWritten(), claim.value(), claim.qualifier(), claim.unit(), claim.measure(),
                claim.object(), claim.place(), claim.time(), claim.attribution(), List.of(hedge));
    }

    private DocumentAnalysis report(String outlet, String published, Claim... claims) {
        return wire(outlet, null, published, claims);
    }

    /** Each claim is placed in the new document, at its own offset, so claims stay distinct. */
    private DocumentAnalysis wire(String outlet, String wire, String published, Claim... claims) {
        String id = "doc" + (++documents);
        Document document = new Document(id, id + ".txt", null, outlet, wire, List.of(), null, null, List.of(),
                PublicationDate.parse(published, "test"), "en", null, "", "", List.of(), Instant.EPOCH);
        List<Claim> placed = new ArrayList<>();
        for (int i = 0; i < claims.length; i++) {
            Claim c = claims[i];
            placed.add(new Claim(new Span(id, i, i + 1, "x"), c.asWritten(), c.value(), c.qualifier(), c.unit(), c.measure(),
                    c.object(), c.place(), c.time(), c.attribution(), c.hedges()));
        }
        return DocumentAnalysis.empty(document).withClaims(placed);
    }

    private static ClaimGroup only(List<ClaimGroup> groups) {
        assertThat(groups).hasSize(1);
        return groups.getFirst();
    }

    private static Interval exact(double value) {
        return new Interval(value, true, value, true, "EXACT");
    }

    private static Interval about(double value) {
        return new Interval(value * 0.9, true, value * 1.1, true, "APPROXIMATE");
    }

    private static Interval upTo(double value) {
        return new Interval(0.0, true, value, true, "ROUNDED");
    }

    private static Interval atLeast(double value) {
        return new Interval(value, true, null, false, "ROUNDED");
    }

    private static Interval moreThan(double value) {
        return new Interval(value, false, null, false, "ROUNDED");
    }

    private static Place place(String id, String name, String country, String admin1) {
        return new Place(id, name, List.of(), 0, 0, "A", admin1.isEmpty() ? "PCLI" : "ADM1", country, admin1, 1);
    }
}

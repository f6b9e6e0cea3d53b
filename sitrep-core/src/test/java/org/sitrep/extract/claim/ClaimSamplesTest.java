package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Interval;
import org.sitrep.testing.Samples;

/** Acceptance on the two sample reports: every figure once, with the right interval and measure, and no junk. */
class ClaimSamplesTest {

    private static List<Claim> claims(String sample) {
        return Samples.document(Samples.dated(), sample).claims();
    }

    private static Claim claim(String sample, String asWritten) {
        List<Claim> found = claims(sample).stream().filter(c -> c.asWritten().equals(asWritten)).toList();
        assertThat(found).as("claims written \"%s\" in %s", asWritten, sample).isNotEmpty();
        return found.get(0);
    }

    private static String interval(Interval value) {
        return (value.lowClosed() ? "[" : "(") + format(value.low()) + ", " + format(value.high())
                + (value.highClosed() ? "]" : ")") + " " + value.precision();
    }

    private static String format(Double bound) {
        return bound == null ? "∞" : bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : String.valueOf(bound);
    }

    /** "as written | interval | measure | object | hedges", one line per claim, in text order. */
    private static List<String> table(String sample) {
        return claims(sample).stream()
                .map(c -> c.asWritten() + " | " + interval(c.value()) + " | " + c.measure() + " | " + c.object()
                        + " | " + c.hedges())
                .toList();
    }

    @Test
    void everyFigureOfTheAfpReportIsOneClaimWithItsIntervalMeasureObjectAndHedges() {
        assertThat(table(Samples.AFP)).containsExactly(
                "Up to 20,000 | [0, 20000] ROUNDED | stranded | Syrians | []",
                "Tens of thousands | [20000, ∞) VAGUE | fled | civilians | []",
                "120 | [120, 120] EXACT | killed | people | []",
                "up to 20,000 | [0, 20000] ROUNDED | stranded | people | [estimate]",
                "another 5,000 to 10,000 | [5000, 10000] ROUNDED | displaced | people | [estimate]",
                "40,000 | [40000, 40000] ROUNDED | fled | people | [estimate]",
                "Thousands | [2000, ∞) VAGUE | stranded | people | []",
                "another 10,000 | [10000, 10000] ROUNDED | displaced | people | [estimate]",
                "up to 70,000 | [0, 70000] ROUNDED | fled | people | []",
                "about 2.5 million | [2250000, 2750000] APPROXIMATE | refugees_hosted | refugees | []",
                "hundreds | [200, ∞) VAGUE | fled | people | []",
                "More than 260,000 | (260000, ∞) ROUNDED | killed | people | []",
                "more than half | (0.5, 1] ROUNDED | displaced | population | []",
                "half | [0.5, 0.5] ROUNDED | other | town | []",
                "dozens | [24, ∞) VAGUE | strikes | air strikes | []");
    }

    @Test
    void everyFigureOfTheReutersReportIsOneClaimWithItsIntervalMeasureObjectAndHedges() {
        assertThat(table(Samples.REUTERS)).containsExactly(
                "almost five km (3 miles) | [4.5, 5) APPROXIMATE | distance | null | []",
                "around 25 km (16 miles) | [22.5, 27.5] APPROXIMATE | distance | null | []",
                "tens of thousands | [20000, ∞) VAGUE | fled | null | []",
                "more than 2.5 million | (2500000, ∞) ROUNDED | refugees_hosted | Syrians | []",
                "several thousand | [3000, 10000) VAGUE | fled | null | []",
                "2 million | [2000000, 2000000] ROUNDED | population | people | []",
                "at least 250,000 | [250000, ∞) ROUNDED | killed | people | []",
                "11 million | [11000000, 11000000] ROUNDED | displaced | people | []",
                "350,000 | [350000, 350000] ROUNDED | population | people | []",
                "around 77,000 | [69300, 84700] APPROXIMATE | in_camps | refugees | []",
                "as many as 600,000 | [0, 600000] ROUNDED | stranded | null | [worst_case, expected]",
                "two | [2, 2] EXACT | other | towns | []",
                "a few miles | [2, 10) VAGUE | distance | null | []");
    }

    @Test
    void noYearPhoneNumberDurationOrAgeIsAClaimAndNoDistanceIsACasualtyFigure() {
        for (String sample : List.of(Samples.AFP, Samples.REUTERS)) {
            assertThat(claims(sample)).extracting(Claim::asWritten).noneMatch(text -> text.matches(
                    ".*(20(11|12|13|16)|2348136370421|year|hrs|months|days|Four|September|February).*"));
            assertThat(claims(sample)).filteredOn(c -> c.unit() != null && c.unit().matches("km|mi"))
                    .allSatisfy(c -> assertThat(c.measure()).isEqualTo("distance"));
        }
    }

    @Test
    void distancesKeepTheirFirstUnitAndSwallowTheConversion() {
        Claim distance = claim(Samples.REUTERS, "around 25 km (16 miles)");
        assertThat(distance.unit()).isEqualTo("km");
        assertThat(claims(Samples.REUTERS)).extracting(Claim::asWritten).noneMatch(text -> text.startsWith("16"));
    }

    @Test
    void aFigureTakesTheDateOfItsOwnClauseNotTheSentencesFirstDate() {
        assertThat(claim(Samples.AFP, "Up to 20,000").time().normalized()).isEqualTo("2016-02-05");
        assertThat(claim(Samples.AFP, "up to 70,000").time().normalized()).isEqualTo("2016-02-04");
        assertThat(claim(Samples.AFP, "120").time().text()).isEqualTo("Friday");
        assertThat(claim(Samples.REUTERS, "around 77,000").time().normalized()).isEqualTo("2016-02-08");
        assertThat(claim(Samples.REUTERS, "two").time().normalized()).isEqualTo("2016-02-03");
        assertThat(claim(Samples.AFP, "More than 260,000").time()).isNull();
    }

    @Test
    void aFiguresPlaceIsTheNameInItsPhraseAsThePlaceExtractorResolvedIt() {
        assertThat(Optional.ofNullable(claim(Samples.AFP, "another 5,000 to 10,000").place()))
                .hasValueSatisfying(place -> {
                    assertThat(place.span().text()).isEqualTo("Azaz city");
                    assertThat(place.resolved().country()).isEqualTo("SY");
                    assertThat(place.resolved().latitude()).isCloseTo(36.59, org.assertj.core.data.Offset.offset(0.1));
                    assertThat(place.resolved().longitude()).isCloseTo(37.05, org.assertj.core.data.Offset.offset(0.1));
                });
        assertThat(claim(Samples.REUTERS, "2 million").place().span().text()).isEqualTo("Aleppo");
        assertThat(claim(Samples.REUTERS, "as many as 600,000").place().resolved().country()).isEqualTo("TR");
        assertThat(claim(Samples.AFP, "Up to 20,000").place()).isNull();
        assertThat(claim(Samples.REUTERS, "a few miles").place().resolved())
                .as("a crossing the gazetteer does not hold stays unplaced, never guessed").isNull();
    }

    private static String source(String sample, String asWritten) {
        Claim claim = claim(sample, asWritten);
        return claim.attribution().source() == null ? "outlet " + claim.attribution().wireAgency()
                : claim.attribution().source().name();
    }

    @Test
    void aFigureInSomeonesWordsIsTheirsAndTheRestIsTheOutletsWithItsWireAgency() {
        assertThat(source(Samples.AFP, "120")).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(source(Samples.AFP, "up to 20,000")).isEqualTo("Office for the Coordination of Humanitarian Affairs");
        assertThat(source(Samples.AFP, "another 5,000 to 10,000")).isEqualTo("Office for the Coordination of Humanitarian Affairs");
        assertThat(source(Samples.AFP, "40,000")).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(source(Samples.AFP, "Thousands")).isEqualTo("Rami Abdel Rahman");
        assertThat(source(Samples.AFP, "another 10,000")).isEqualTo("Linda Tom");
        assertThat(source(Samples.AFP, "up to 70,000")).isEqualTo("Ahmet Davutoglu");
        assertThat(source(Samples.AFP, "Up to 20,000")).isEqualTo("outlet AFP");
        assertThat(source(Samples.AFP, "More than 260,000")).isEqualTo("outlet AFP");
        assertThat(source(Samples.REUTERS, "around 77,000")).isEqualTo("Numan Kurtulmus");
        assertThat(source(Samples.REUTERS, "as many as 600,000")).isEqualTo("Numan Kurtulmus");
        assertThat(source(Samples.REUTERS, "several thousand")).isEqualTo("a resident in the town of Azaz");
        assertThat(source(Samples.REUTERS, "at least 250,000")).as("what a government wants is not a claim it makes")
                .isEqualTo("outlet Reuters");
    }

    @Test
    void everyClaimSpanQuotesTheCleanText() {
        for (String sample : List.of(Samples.AFP, Samples.REUTERS)) {
            String text = Samples.document(Samples.dated(), sample).document().cleanText();
            assertThat(claims(sample)).allSatisfy(c -> {
                assertThat(text.substring(c.span().begin(), c.span().end())).isEqualTo(c.span().text());
                assertThat(c.asWritten()).isEqualTo(c.span().text());
            });
        }
    }
}

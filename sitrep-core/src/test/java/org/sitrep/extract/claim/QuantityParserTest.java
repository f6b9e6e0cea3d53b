package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Interval;

/** The figure grammar on plain tokens: values, qualifiers, ranges, units, vague amounts and what is no figure. */
class QuantityParserTest {

    private final QuantityParser parser = new QuantityParser();

    private List<Quantity> figures(String text) {
        return parser.parse(Words.of(text));
    }

    private Quantity only(String text) {
        List<Quantity> found = figures(text);
        assertThat(found).as("figures in \"%s\"", text).hasSize(1);
        return found.get(0);
    }

    private String written(String text, Quantity quantity) {
        List<Token> tokens = Words.of(text);
        return text.substring(tokens.get(quantity.start()).begin(), tokens.get(quantity.end() - 1).end());
    }

    private static void assertInterval(Interval value, Double low, boolean lowClosed, Double high, boolean highClosed) {
        if (low == null) {
            assertThat(value.low()).isNull();
        } else {
            assertThat(value.low()).isCloseTo(low, within(1e-9));
        }
        if (high == null) {
            assertThat(value.high()).isNull();
        } else {
            assertThat(value.high()).isCloseTo(high, within(1e-9));
        }
        assertThat(value.lowClosed()).as("low closed").isEqualTo(lowClosed);
        assertThat(value.highClosed()).as("high closed").isEqualTo(highClosed);
    }

    @Test
    void upToTwentyThousandBecomesAnIntervalClosedAtTwentyThousand() {
        Quantity figure = only("Up to 20,000 Syrians were stranded on the border.");
        assertInterval(figure.value(), 0.0, true, 20000.0, true);
        assertThat(figure.qualifier()).isEqualTo("up to");
        assertThat(figure.value().precision()).isEqualTo("ROUNDED");
        assertThat(figure.kind()).isEqualTo(Quantity.Kind.COUNT);
    }

    @Test
    void asManyAsAndAtMostAreUpperBoundsLikeUpTo() {
        assertInterval(only("could see as many as 600,000 at the border").value(), 0.0, true, 600000.0, true);
        assertInterval(only("at most 300 families").value(), 0.0, true, 300.0, true);
        assertInterval(only("no more than 12 trucks").value(), 0.0, true, 12.0, true);
    }

    @Test
    void atLeastIsALowerBoundThatIncludesTheFigure() {
        Quantity figure = only("a war that has killed at least 250,000 people");
        assertInterval(figure.value(), 250000.0, true, null, false);
        assertThat(figure.qualifier()).isEqualTo("at least");
    }

    @Test
    void moreThanAndOverAreLowerBoundsThatExcludeTheFigure() {
        assertInterval(only("More than 260,000 people have died").value(), 260000.0, false, null, false);
        assertInterval(only("over 1,000 homes were destroyed").value(), 1000.0, false, null, false);
        assertInterval(only("upwards of 300 vehicles").value(), 300.0, false, null, false);
    }

    @Test
    void fewerThanIsAnUpperBoundThatExcludesTheFigure() {
        assertInterval(only("fewer than 50 aid workers remain").value(), 0.0, true, 50.0, false);
        assertInterval(only("less than 15 percent of the city").value(), 0.0, true, 15.0, false);
    }

    @Test
    void aboutIsABandOfTenPercentAroundTheFigure() {
        Quantity figure = only("which already hosts about 2.5 million Syrian refugees");
        assertInterval(figure.value(), 2250000.0, true, 2750000.0, true);
        assertThat(figure.value().precision()).isEqualTo("APPROXIMATE");
        assertThat(figure.qualifier()).isEqualTo("about");
    }

    @ParameterizedTest
    @ValueSource(strings = {"around 77,000 refugees", "roughly 77,000 refugees", "some 77,000 refugees",
            "approximately 77,000 refugees", "77,000 or so refugees"})
    void everyWayOfSayingAboutGivesTheSameBand(String text) {
        Quantity figure = only(text);
        assertInterval(figure.value(), 69300.0, true, 84700.0, true);
        assertThat(figure.value().precision()).isEqualTo("APPROXIMATE");
    }

    @Test
    void almostAndNearlyAreJustBelowTheFigure() {
        Quantity figure = only("The army was almost five km from the town");
        assertInterval(figure.value(), 4.5, true, 5.0, false);
        assertThat(figure.kind()).isEqualTo(Quantity.Kind.DISTANCE);
        assertThat(figure.unit()).isEqualTo("km");
        assertInterval(only("nearly 3,000 people were evacuated").value(), 2700.0, true, 3000.0, false);
    }

    @Test
    void anEstimatedIsAboutAndCarriesAnEstimateHedge() {
        Quantity figure = only("an estimated 400,000 people are besieged");
        assertInterval(figure.value(), 360000.0, true, 440000.0, true);
        assertThat(figure.qualifier()).isEqualTo("an estimated");
        assertThat(figure.hedges()).containsExactly("estimate");
    }

    @Test
    void aBareFigureIsExactOrRoundedByItsTrailingZeros() {
        Quantity exact = only("clashes cost 120 lives");
        assertInterval(exact.value(), 120.0, true, 120.0, true);
        assertThat(exact.value().precision()).isEqualTo("EXACT");
        assertThat(exact.qualifier()).isEmpty();
        assertThat(only("40,000 people have fled").value().precision()).isEqualTo("ROUNDED");
        assertThat(only("1,500 people have fled").value().precision()).isEqualTo("ROUNDED");
        assertThat(only("1,537 people have fled").value().precision()).isEqualTo("EXACT");
    }

    @Test
    void aRangeWithToIsClosedAtBothEnds() {
        String text = "another 5,000 to 10,000 people have been displaced";
        Quantity figure = only(text);
        assertInterval(figure.value(), 5000.0, true, 10000.0, true);
        assertThat(figure.additional()).isTrue();
        assertThat(written(text, figure)).isEqualTo("another 5,000 to 10,000");
    }

    @Test
    void betweenAndIsARange() {
        Quantity figure = only("between 3,000 and 4,000 people crossed");
        assertInterval(figure.value(), 3000.0, true, 4000.0, true);
        assertThat(figure.qualifier()).isEqualTo("between");
    }

    @Test
    void aDashedRangeSharesTheScaleWordOfItsSecondEnd() {
        assertInterval(only("2-3 million people").value(), 2e6, true, 3e6, true);
        assertInterval(only("two to three million people").value(), 2e6, true, 3e6, true);
        assertInterval(only("5,000-10,000 people").value(), 5000.0, true, 10000.0, true);
    }

    @Test
    void aScoreOrAVoteIsNoRange() {
        assertThat(figures("The council voted 14-1 and the home side won 3-1.")).isEmpty();
    }

    @Test
    void decimalsAndScaleWordsMultiplyOut() {
        assertThat(only("more than 2.5 million Syrians").value().low()).isEqualTo(2.5e6);
        assertThat(only("driven 11 million from their homes").value().low()).isEqualTo(1.1e7);
        assertThat(only("a city with 2 million people").value().precision()).isEqualTo("ROUNDED");
    }

    @Test
    void numberWordsAreReadAsNumbers() {
        assertThat(only("eleven million people").value().low()).isEqualTo(1.1e7);
        assertThat(only("two hundred and fifty families").value().low()).isEqualTo(250.0);
        assertThat(only("twenty-five trucks").value().low()).isEqualTo(25.0);
        assertThat(only("a dozen villages").value().low()).isEqualTo(12.0);
        assertThat(only("half a million people").value().low()).isEqualTo(5e5);
        assertThat(only("one and a half million people").value().low()).isEqualTo(1.5e6);
        assertThat(only("two Shi'ite towns").value().low()).isEqualTo(2.0);
    }

    @Test
    void moneyTakesItsCurrencyAsTheUnit() {
        Quantity dollars = only("pledged $1.2 billion in aid");
        assertThat(dollars.value().low()).isEqualTo(1.2e9);
        assertThat(dollars.unit()).isEqualTo("USD");
        assertThat(dollars.kind()).isEqualTo(Quantity.Kind.MONEY);
        assertThat(only("a further €30 million").unit()).isEqualTo("EUR");
        assertThat(only("50 million dollars").unit()).isEqualTo("USD");
        assertThat(only("raised $1.2bn").value().low()).isEqualTo(1.2e9);
        assertThat(only("about £5m in aid").value().high()).isEqualTo(5.5e6);
    }

    @Test
    void percentagesKeepTheirNumberAndStopAtAHundred() {
        Quantity figure = only("more than 40 percent of the population");
        assertInterval(figure.value(), 40.0, false, 100.0, true);
        assertThat(figure.unit()).isEqualTo("%");
        assertThat(only("60% of homes").kind()).isEqualTo(Quantity.Kind.PERCENT);
        assertThat(only("30 per cent of children").value().low()).isEqualTo(30.0);
    }

    @Test
    void fractionsAreSharesOfAWhole() {
        Quantity half = only("more than half the population has been displaced");
        assertInterval(half.value(), 0.5, false, 1.0, true);
        assertThat(half.unit()).isEqualTo("share");
        assertThat(only("a third of the city").value().low()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(only("two-thirds of the residents").value().low()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(only("three quarters of the wells").value().low()).isEqualTo(0.75);
        assertThat(only("one in five children").value().low()).isEqualTo(0.2);
        assertThat(only("the army seized half the town").value().low()).isEqualTo(0.5);
    }

    @Test
    void aThirdTimeOrTheFirstHalfIsNoShare() {
        assertThat(figures("for a third time in the first half of the year")).isEmpty();
    }

    @Test
    void thousandsMeansAtLeastTwoThousandAndIsVague() {
        Quantity figure = only("Thousands of people are waiting to enter Turkey");
        assertInterval(figure.value(), 2000.0, true, null, false);
        assertThat(figure.value().precision()).isEqualTo("VAGUE");
        assertThat(figure.qualifier()).isEqualTo("thousands");
    }

    @Test
    void tensOfThousandsMeansAtLeastTwentyThousand() {
        Quantity figure = only("Tens of thousands of civilians have joined an exodus");
        assertInterval(figure.value(), 20000.0, true, null, false);
        assertThat(figure.qualifier()).isEqualTo("tens of thousands");
        assertInterval(only("hundreds of thousands of people").value(), 200000.0, true, null, false);
    }

    @Test
    void dozensHundredsAndScoresFollowTheVagueTable() {
        assertInterval(only("dozens of Russian air strikes").value(), 24.0, true, null, false);
        assertInterval(only("showed hundreds of people").value(), 200.0, true, null, false);
        assertInterval(only("scores of wounded").value(), 40.0, true, null, false);
        assertInterval(only("many thousands fled").value(), 2000.0, true, null, false);
    }

    @Test
    void severalAndAFewHaveAnUpperEndBelowTenTimesTheScale() {
        Quantity several = only("brought several thousand more, according to a resident");
        assertInterval(several.value(), 3000.0, true, 10000.0, false);
        assertThat(several.qualifier()).isEqualTo("several thousand");
        assertThat(several.more()).isTrue();
        assertInterval(only("a few hundred fighters").value(), 200.0, true, 1000.0, false);
    }

    @Test
    void severalOrAFewCountOnlyWithAUnitOrAScale() {
        assertThat(figures("Syria's army has recaptured several key rebel towns")).isEmpty();
        Quantity miles = only("just a few miles from the border crossing");
        assertThat(miles.kind()).isEqualTo(Quantity.Kind.DISTANCE);
        assertInterval(miles.value(), 2.0, true, 10.0, false);
    }

    @Test
    void aUnitHyphenatedToTheNumberIsStillItsUnit() {
        Quantity section = only("a 2-kilometre section of the road");
        assertThat(section.kind()).isEqualTo(Quantity.Kind.DISTANCE);
        assertThat(section.unit()).isEqualTo("km");
    }

    @Test
    void aConvertedUnitInBracketsIsPartOfTheSameFigure() {
        String text = "brought them to around 25 km (16 miles) from the Turkish border";
        Quantity figure = only(text);
        assertThat(written(text, figure)).isEqualTo("around 25 km (16 miles)");
        assertThat(figure.unit()).isEqualTo("km");
        assertInterval(figure.value(), 22.5, true, 27.5, true);
    }

    @Test
    void qualifiersAfterTheFigureCountToo() {
        assertInterval(only("20,000 or more people").value(), 20000.0, true, null, false);
        assertInterval(only("a 100-plus convoy").value(), 100.0, true, null, false);
        assertThat(only("50-odd trucks").value().precision()).isEqualTo("APPROXIMATE");
    }

    @Test
    void aForceSoManyStrongIsAFigure() {
        assertThat(only("a 10,000-strong force").value().low()).isEqualTo(10000.0);
    }

    @Test
    void aLargeFigureAfterTheIsStillAFigure() {
        assertThat(only("the 20,000 people stranded at the border").value().low()).isEqualTo(20000.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the country's brutal conflict began in 2011.",
            "held by insurgents since 2012",
            "the closest point since August 2013, the monitor said",
            "set to meet again on February 11 after talks collapsed",
            "on 5 February the army advanced",
            "their nearly five-year-old insurrection",
            "a boy aged 12 was among them",
            "the first peace talks for two years",
            "in the past 24 hrs have opened the road",
            "Four months of Russian air strikes have tipped momentum",
            "in more than two years",
            "Receive News Alerts on Whatsapp: +2348136370421",
            "call 0803 123 4567 for help",
            "traffic on Route 66 and the M5 highway",
            "in breach of Resolution 2254 of the council",
            "the convoy left at 10:30 and arrived at 3 p.m.",
            "clashes between the two sides in and around the town",
            "the province is one of the main strongholds",
            "accusing the three of mass killings",
            "document 20160205 was filed under No. 448",
            "a two-car garage and a 10-foot-long island",
            "hit the tying 3-pointer as Thunder Snow won the 23 rd renewal",
            "officers summoned by 911 calls",
            "Cafferkey, 39, was readmitted",
            "the semifinals of the NCAA Final Four",
            "the port ranks among the top ten busiest in the world"})
    void yearsDatesAgesDurationsPhoneNumbersAndIdsAreNoFigures(String text) {
        assertThat(figures(text)).isEmpty();
    }
}

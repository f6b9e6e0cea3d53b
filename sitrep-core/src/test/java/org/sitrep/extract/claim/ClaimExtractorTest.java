package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Claim;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;

/**
 * Measures, objects, hedges and times of figures in real-looking report sentences, through CoreNLP
 * (loaded once per JVM). Each paragraph is one sentence of a made-up report.
 */
class ClaimExtractorTest {

    private static final String REPORT = String.join("\n\n",
            "Shelling of the eastern districts killed 34 civilians and wounded 112 others, medics said.",
            "At least 18 people were injured when a rocket hit the market.",
            "The death toll from the floods has risen to 1,200.",
            "Nearly 400,000 people remain besieged in the eastern part of the city.",
            "Some 13.5 million people are in need of humanitarian assistance, the UN said.",
            "Health officials have recorded more than 5,000 suspected cholera cases since January.",
            "Rescue teams pulled 60 survivors from the rubble.",
            "Police arrested 250 protesters in the capital on Saturday.",
            "About 3,000 people were evacuated from the town overnight.",
            "An estimated 1.2 million people have been forced from their homes by the fighting.",
            "The UN expects as many as 100,000 more refugees to arrive in the coming weeks.",
            "Air strikes destroyed more than 1,500 homes in the province.",
            "Jets carried out 40 raids on rebel positions.",
            "The city, which had a population of 300,000 before the war, is now almost empty.",
            "Lebanon is home to 1.5 million Syrian refugees.",
            "The government has pledged $2.5 billion for reconstruction.",
            "Dozens of people are missing after the ferry capsized.",
            "Some 60 percent of the wells have been damaged, the agency said.",
            "Six villages were destroyed, and thousands are spending the night in emergency shelters.",
            "Shelling reduced neighbourhoods to rubble in areas where at least 350,000 people lived.",
            "Fighting in the north killed 45 people, said Ahmed Karim, a doctor at the main hospital, who added that"
                    + " supplies were running low.",
            "At least 27 people are dead and dozens injured, Al-Watan said, citing the health ministry.",
            "In a survey commissioned by the ministry, engineer Leila Haddad announced that 70 bridges had collapsed.",
            "Prime Minister Ali Reza said Thursday up to 30,000 people were heading to the border.",
            "The government wants to retake the city, home to 800,000 people.",
            "Nine officers were treated for minor injuries.",
            "The army said it had eliminated 30 militants near the dam.",
            "Courts heard more than 4,100 criminal cases last year.",
            "The virus has been found in 23 districts since the outbreak began.",
            "Vaccination cut the number of measles cases by 64% in two years.",
            "Kurds make up about 18 percent of Turkey's 80 million residents.",
            "In 2015, 1944 cases of dengue were reported in the region.",
            "The 7 patients admitted on Monday were all children.",
            "Two powerful storms hit the coast on Sunday, leaving 12 people dead.",
            "Gunmen shot dead 14 villagers — nine in Kanto and five in the hills.",
            "The fever has taken the lives of at least 85 farm workers in the valley.",
            "The ministry counted 212 confirmed cases by Friday.",
            "Four camels at the market showed symptoms of the virus.",
            "Nurses fed 2,300 malnourished children at the clinic.",
            "Without treatment, mortality can be as high as 40%.",
            "The magistrate fined the trader 50,000 rupees.",
            "Doctors at the clinic believe 90 percent of them are mild cases.",
            "Globally, the World Health Organization reports 1,000 to 3,000 plague cases every year.",
            "Provincial officials put the death toll at 63.",
            "The tainted spinach has made more than 95 people sick in the state.",
            "Another 130 children are hospitalized in the district.",
            "The 17 nurses who became ill were sent home.",
            "The agency donated 8,000 test kits to diagnose the disease.",
            "The cyclone caused billions of dollars in damage.",
            "The disease has spread across 31 provinces and regions.",
            "The storm is moving west at 19 km per hour.",
            "Acapulco, population over 600,000, lies on the coast.",
            "Ebola kills 50 percent to 90 percent of those infected.",
            "That compared with 3,172 deaths a week earlier.",
            "Officials in Ohio announced one confirmed case of swine flu; no one else has fallen ill.",
            "Since September the clinic has seen 26 patients with the fever.",
            "Officials counted 2,750 people, who were left homeless by the storm.");
    private static DocumentAnalysis analysis;

    private static synchronized List<Claim> claims() {
        if (analysis == null) {
            try {
                Path file = Files.createTempFile("sitrep-claims", ".txt");
                Files.writeString(file, "Figures from the front\n\n" + REPORT);
                analysis = Pipeline.standard().analyze(List.of(file), Metadata.NONE, Progress.silent())
                        .documents().get(0);
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return analysis.claims();
    }

    private static Claim claim(String asWritten) {
        return claims().stream().filter(c -> c.asWritten().equals(asWritten)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim written \"" + asWritten + "\" among "
                        + claims().stream().map(Claim::asWritten).toList()));
    }

    @Test
    void killedAndWoundedComeFromTheNearestVerb() {
        assertThat(claim("34").measure()).isEqualTo("killed");
        assertThat(claim("34").object()).isEqualTo("civilians");
        assertThat(claim("112").measure()).isEqualTo("wounded");
        assertThat(claim("At least 18").measure()).isEqualTo("wounded");
    }

    @Test
    void aDeathTollIsAKilledFigure() {
        assertThat(claim("1,200").measure()).isEqualTo("killed");
    }

    @Test
    void besiegedAffectedCasesRescuedArrestedAndEvacuatedHaveTheirOwnMeasures() {
        assertThat(claim("Nearly 400,000").measure()).isEqualTo("besieged");
        assertThat(claim("Some 13.5 million").measure()).isEqualTo("affected");
        assertThat(claim("more than 5,000").measure()).isEqualTo("cases");
        assertThat(claim("60").measure()).isEqualTo("rescued");
        assertThat(claim("250").measure()).isEqualTo("arrested");
        assertThat(claim("About 3,000").measure()).isEqualTo("evacuated");
        assertThat(claim("Dozens").measure()).isEqualTo("missing");
    }

    @Test
    void forcedFromTheirHomesIsDisplacedAndAnEstimatedIsAnEstimate() {
        Claim displaced = claim("An estimated 1.2 million");
        assertThat(displaced.measure()).isEqualTo("displaced");
        assertThat(displaced.hedges()).contains("estimate");
    }

    @Test
    void aProjectionIsHedgedAsExpected() {
        Claim projected = claim("as many as 100,000");
        assertThat(projected.measure()).isEqualTo("fled");
        assertThat(projected.hedges()).contains("expected");
        assertThat(projected.object()).isEqualTo("refugees");
    }

    @Test
    void theCountedNounDecidesForStrikesAndBuildings() {
        assertThat(claim("more than 1,500").measure()).isEqualTo("buildings");
        assertThat(claim("40").measure()).isEqualTo("strikes");
        assertThat(claim("40").object()).isEqualTo("raids");
    }

    @Test
    void populationAndHostedRefugeesAndMoneyHaveTheirPatterns() {
        assertThat(claim("300,000").measure()).isEqualTo("population");
        assertThat(claim("1.5 million").measure()).isEqualTo("refugees_hosted");
        assertThat(claim("1.5 million").place().span().text()).isEqualTo("Lebanon");
        Claim money = claim("$2.5 billion");
        assertThat(money.measure()).isEqualTo("money");
        assertThat(money.unit()).isEqualTo("USD");
    }

    @Test
    void aPercentageOfSomethingDamagedIsAShareWithItsUnit() {
        Claim share = claim("Some 60 percent");
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.object()).isEqualTo("wells");
    }

    @Test
    void destroyedVillagesAreBuildingsAndPeopleInEmergencySheltersAreDisplaced() {
        assertThat(claim("Six").measure()).isEqualTo("buildings");
        assertThat(claim("thousands").measure()).isEqualTo("displaced");
    }

    @Test
    void peopleLivingInAPlaceAreItsPopulation() {
        assertThat(claim("at least 350,000").measure()).isEqualTo("population");
    }

    @Test
    void aFigureWithoutADateInItsSentenceHasNoTime() {
        assertThat(claim("Nearly 400,000").time()).isNull();
        assertThat(claim("250").time()).isNotNull();
        assertThat(claim("250").time().text()).isEqualTo("Saturday");
    }

    private static String source(String asWritten) {
        Claim claim = claim(asWritten);
        return claim.attribution().source() == null ? "the outlet" : claim.attribution().source().name();
    }

    @Test
    void aFigureReportedBySomeoneIsTheirsHoweverTheReportingClauseIsBuilt() {
        assertThat(source("45")).as("inverted 'said X, who added…'").isEqualTo("Ahmed Karim");
        assertThat(source("At least 27")).as("'X said, citing Y'").isEqualTo("Al-Watan");
        assertThat(source("70")).as("subject after an opening phrase").isEqualTo("Leila Haddad");
        assertThat(source("up to 30,000")).as("'said Thursday up to N…'").isEqualTo("Ali Reza");
    }

    @Test
    void aFigureInWhatSomeoneReportsAsAPlainObjectIsTheirs() {
        assertThat(source("1,000 to 3,000")).isEqualTo("World Health Organization");
        assertThat(source("63")).as("'X put the toll at N'").isEqualTo("Provincial officials");
    }

    @Test
    void aFigureInWhatSomeoneWantsIsNotTheirClaimAndABareFigureIsTheOutlets() {
        assertThat(source("800,000")).isEqualTo("the outlet");
        assertThat(source("1,200")).isEqualTo("the outlet");
    }

    @Test
    void injuriesTreatedAreWoundedMilitantsEliminatedAreKilledAndCourtCasesAreNotDisease() {
        assertThat(claim("Nine").measure()).isEqualTo("wounded");
        assertThat(claim("30").measure()).isEqualTo("killed");
        assertThat(claim("more than 4,100").measure()).isNotEqualTo("cases");
    }

    @Test
    void placesWhereAHazardWasFoundCountAsAffected() {
        assertThat(claim("23").measure()).isEqualTo("affected");
    }

    @Test
    void aShareAfterByIsARateOfChangeNotACount() {
        assertThat(claim("64%").measure()).isEqualTo("other");
    }

    @Test
    void aPlacesResidentsAndAShareOfThemArePopulation() {
        assertThat(claim("80 million").measure()).isEqualTo("population");
        assertThat(claim("about 18 percent").measure()).isEqualTo("population");
    }

    @Test
    void aYearLikeNumberCountingAPluralNounIsAFigure() {
        assertThat(claim("1944").measure()).isEqualTo("cases");
    }

    @Test
    void aDefiniteSmallNumberBeforeWhatItCountsIsAFigure() {
        assertThat(claim("7").object()).isEqualTo("patients");
    }

    @Test
    void countedHazardsAreNotTheirVictims() {
        assertThat(claim("Two").measure()).isEqualTo("other");
        assertThat(claim("12").measure()).isEqualTo("killed");
    }

    @Test
    void theNounAFigureIsTheOfOfCanNameWhatBefellTheCounted() {
        assertThat(claim("at least 85").measure()).isEqualTo("killed");
        assertThat(claim("at least 85").object()).isEqualTo("farm workers");
    }

    @Test
    void aParticipleBetweenFigureAndNounIsAModifierAndSymptomsOrMalnutritionAreCases() {
        assertThat(claim("212").object()).isEqualTo("cases");
        assertThat(claim("212").measure()).isEqualTo("cases");
        assertThat(claim("Four").measure()).isEqualTo("cases");
        assertThat(claim("2,300").measure()).isEqualTo("cases");
    }

    @Test
    void aFigureWithNothingCountedTakesTheNounItIsSaidToBe() {
        assertThat(claim("90 percent").measure()).isEqualTo("cases");
    }

    @Test
    void asHighAsIsAnUpperBoundAndRupeesAreMoney() {
        assertThat(claim("as high as 40%").qualifier()).isEqualTo("as high as");
        assertThat(claim("as high as 40%").value().low()).isEqualTo(0.0);
        assertThat(claim("as high as 40%").value().high()).isEqualTo(40.0);
        assertThat(claim("50,000 rupees").measure()).isEqualTo("money");
        assertThat(claim("50,000 rupees").unit()).isEqualTo("rupee");
    }

    @Test
    void aBreakdownAfterADashCountsWhatTheWholeCounted() {
        assertThat(claim("14").measure()).isEqualTo("killed");
        assertThat(claim("nine").measure()).isEqualTo("killed");
    }

    @Test
    void theSickAndTheHospitalisedAreCasesAlsoWhenARelativeClauseSaysSo() {
        assertThat(claim("more than 95").measure()).isEqualTo("cases");
        assertThat(claim("Another 130").measure()).isEqualTo("cases");
        assertThat(claim("17").measure()).as("'the 17 nurses who became ill'").isEqualTo("cases");
        assertThat(claim("2,750").measure()).as("'N people, who were left homeless'").isEqualTo("displaced");
    }

    @Test
    void goodsCurrenciesAndUnitsAfterOfAreDecidedByTheCountedNoun() {
        assertThat(claim("8,000").measure()).as("test kits to diagnose").isEqualTo("other");
        assertThat(claim("billions").measure()).isEqualTo("money");
    }

    @Test
    void placesAcrossWhichAHazardSpreadAreAffectedAndPopulationNIsAPopulation() {
        assertThat(claim("31").measure()).isEqualTo("affected");
        assertThat(claim("over 600,000").measure()).isEqualTo("population");
    }

    @Test
    void aSpeedIsNotADistance() {
        assertThat(claim("19 km").measure()).isEqualTo("other");
    }

    @Test
    void aRangeWithItsUnitAfterBothEndsIsOneFigure() {
        Claim range = claim("50 percent to 90 percent");
        assertThat(range.value().low()).isEqualTo(50.0);
        assertThat(range.value().high()).isEqualTo(90.0);
    }

    @Test
    void aStanceOrWhatSomeoneHasSeenIsNoClaimOfTheirs() {
        assertThat(source("3,172")).isEqualTo("the outlet");
        assertThat(source("26")).isEqualTo("the outlet");
    }

    @Test
    void oneBeforeWhatItCountsIsAFigureButNoOneIsNot() {
        assertThat(claim("one").measure()).isEqualTo("cases");
        assertThat(claims().stream().filter(c -> c.asWritten().equalsIgnoreCase("one"))).hasSize(1);
    }
}

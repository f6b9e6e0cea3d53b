package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.ClaimGroup.Verdict;
import org.sitrep.model.Dossier;
import org.sitrep.model.Lineage;
import org.sitrep.testing.Samples;

/** The two sample reports (AFP, 5 February 2016; Reuters, 8 February 2016) compared figure by figure. */
class SampleClaimGroupsTest {

    @Test
    void theRefugeesTurkeyHostsAreCorroboratedByAfpAndReuters() {
        for (Dossier dossier : List.of(Samples.dated(), Samples.undated())) {
            ClaimGroup hosted = groupWith(dossier, "about 2.5 million");

            assertThat(written(hosted)).containsExactlyInAnyOrder("about 2.5 million", "more than 2.5 million");
            assertThat(hosted.measure()).isEqualTo("refugees_hosted");
            assertThat(hosted.object()).isEqualTo("people");
            assertThat(hosted.place()).isEqualTo("Turkey");
            assertThat(hosted.verdict()).isEqualTo(Verdict.CORROBORATED);
            assertThat(hosted.independentSources()).isEqualTo(2);
            assertThat(hosted.sources()).containsExactlyInAnyOrder("Ahmet Davutoglu", "Reuters");
            assertThat(hosted.reasoning()).contains("taken as Turkey").contains("same figure");
        }
    }

    @Test
    void aReportGivingTwoFiguresOfOneGroupIsNotSaidToRepeatItself() {
        for (Dossier dossier : List.of(Samples.dated(), Samples.undated())) {
            var sameReportTwice = dossier.claimGroups().stream()
                    .filter(group -> group.claims().stream().map(c -> c.span().documentId()).distinct().count() < group.claims().size())
                    .toList();
            assertThat(sameReportTwice).as("the Reuters report gives Aleppo's population twice").isNotEmpty();
            assertThat(sameReportTwice).allSatisfy(group -> assertThat(group.lineage().reasoning())
                    .doesNotContainPattern("(report \\w+|AFP|Reuters) repeats \\1 "));
        }
    }

    @Test
    void theTwoDeathTollsAreConsistentBecauseBothAreLowerBounds() {
        for (Dossier dossier : List.of(Samples.dated(), Samples.undated())) {
            ClaimGroup toll = groupWith(dossier, "More than 260,000");

            assertThat(written(toll)).containsExactlyInAnyOrder("More than 260,000", "at least 250,000");
            assertThat(toll.measure()).isEqualTo("killed");
            assertThat(toll.verdict()).isEqualTo(Verdict.CONSISTENT);
            assertThat(toll.independentSources()).isEqualTo(2);
            assertThat(toll.sources()).containsExactlyInAnyOrder("AFP", "Reuters");
            assertThat(toll.reasoning()).contains("both are lower bounds");
        }
    }

    @Test
    void theDatedTollIsComparedAlongTimeFromTheReportsDates() {
        ClaimGroup toll = groupWith(Samples.dated(), "More than 260,000");

        assertThat(toll.period()).isEqualTo("growing count, 2016-02-05 to 2016-02-08");
    }

    @Test
    void aDaysDeathTollIsNotComparedWithTheWarsRunningTotal() {
        ClaimGroup day = groupWith(Samples.dated(), "120");

        assertThat(written(day)).containsExactly("120");
        assertThat(day.period()).isEqualTo("2016-02-05");
        assertThat(day.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    }

    @Test
    void everyGroupExplainsItsVerdictAndEveryClaimIsInAtMostOneGroup() {
        Dossier dossier = Samples.dated();
        List<Claim> grouped = dossier.claimGroups().stream().flatMap(group -> group.claims().stream()).toList();

        assertThat(grouped).doesNotHaveDuplicates();
        assertThat(dossier.claimGroups()).allSatisfy(group -> {
            assertThat(group.reasoning()).isNotBlank();
            assertThat(group.independentSources()).isEqualTo(group.sources().size()).isPositive();
        });
    }

    @Test
    void theSpokeswomansFigureCountsForTheOrganisationSheSpeaksFor() {
        ClaimGroup afrin = groupWith(Samples.dated(), "another 10,000");

        assertThat(afrin.sources()).containsExactly("Office for the Coordination of Humanitarian Affairs");
        assertThat(afrin.reasoning()).contains("by spokeswoman Linda Tom");
    }

    @Test
    void aBareRoleRightAfterAnOrganisationsOwnWordsSpeaksForThatOrganisation() {
        ClaimGroup waiting = groupWith(Samples.dated(), "Thousands");

        assertThat(waiting.sources()).contains("Syrian Observatory for Human Rights").doesNotContain("Rami Abdel Rahman");
        assertThat(waiting.reasoning()).contains("by director Rami Abdel Rahman");
    }

    @Test
    void theLedesUnattributedFigureIsOchasFigureRestatedNotASecondSource() {
        ClaimGroup stranded = groupWith(Samples.dated(), "Up to 20,000");

        assertThat(written(stranded)).contains("Up to 20,000", "up to 20,000");
        assertThat(stranded.sources()).containsExactlyInAnyOrder("Office for the Coordination of Humanitarian Affairs",
                "Syrian Observatory for Human Rights");
        assertThat(stranded.reasoning()).contains("restates the figure it credits to Office for the Coordination");
    }

    @Test
    void anotherTenThousandDisplacedTowardAfrinIsAnIncrementNotAzazsFigure() {
        ClaimGroup afrin = groupWith(Samples.dated(), "another 10,000");

        assertThat(written(afrin)).containsExactly("another 10,000");
        assertThat(afrin.place()).isNull();
        assertThat(afrin.reasoning()).contains("Increments").contains("not joined to a place's figures");
        assertThat(written(groupWith(Samples.dated(), "another 5,000 to 10,000"))).containsExactly("another 5,000 to 10,000");
    }

    @Test
    void theDeathTollWasFirstSeenInTheEarlierReportAndNeitherRepeatsTheOther() {
        Dossier dossier = Samples.dated();
        ClaimGroup toll = groupWith(dossier, "More than 260,000");
        String afp = dossier.documents().stream().filter(a -> a.document().source().endsWith(Samples.AFP))
                .findFirst().orElseThrow().document().id();

        assertThat(toll.lineage().firstSeen()).isEqualTo(afp);
        assertThat(toll.lineage().sightings()).extracting(Lineage.Sighting::published)
                .containsExactly("2016-02-05", "2016-02-08");
        assertThat(toll.lineage().sightings()).allSatisfy(s -> assertThat(s.repeats()).isNull());
        assertThat(toll.lineage().reasoning()).startsWith("First seen in").contains("2016-02-05");
    }

    @Test
    void withoutDatesNothingIsFirstSeenAndTheLineageSaysSo() {
        ClaimGroup toll = groupWith(Samples.undated(), "More than 260,000");

        assertThat(toll.lineage().firstSeen()).isNull();
        assertThat(toll.lineage().sightings()).allSatisfy(s -> assertThat(s.published()).isNull());
        assertThat(toll.lineage().reasoning()).contains("which came first cannot be told");
    }

    @Test
    void aTimeOffTheCalendarIsShownInTheReportsWordsNotAsATimexValue() {
        Dossier undated = Samples.undated();

        assertThat(groupWith(undated, "120").period()).isEqualTo("“Friday” (unanchored)");
        assertThat(groupWith(undated, "120").reasoning()).contains("(Syrian Observatory for Human Rights, “Friday” (unanchored))");
        assertThat(undated.claimGroups()).allSatisfy(group -> assertThat(group.period() + group.reasoning())
                .doesNotContain("XXXX", "WXX"));
    }

    private static ClaimGroup groupWith(Dossier dossier, String asWritten) {
        return dossier.claimGroups().stream()
                .filter(group -> group.claims().stream().anyMatch(claim -> claim.asWritten().equals(asWritten)))
                .findFirst().orElseThrow(() -> new AssertionError("no group holds “" + asWritten + "”: "
                        + dossier.claimGroups()));
    }

    private static List<String> written(ClaimGroup group) {
        return group.claims().stream().map(Claim::asWritten).toList();
    }
}

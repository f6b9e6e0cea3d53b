package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Credit;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;
import org.sitrep.testing.Samples;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    @Test
    void scrapedJunkLinesLeaveTheAfpSampleAndAreKeptAsRemovedSpans() {
        Cleaner.Result result = cleaner.clean(Samples.raw(Samples.AFP), null);

        assertThat(result.cleanText())
                .doesNotContain("Receive News Alerts", "+2348136370421", "No comments yet", "migrantUp")
                .startsWith("Up to 20,000 Syrians were stranded")
                .endsWith("dismissed as “laughable”.");
        assertThat(result.removed()).extracting(RemovedSpan::reason)
                .contains(RemovalReason.PROMOTION, RemovalReason.SHARE_OR_COMMENT_WIDGET, RemovalReason.PHOTO_CAPTION,
                        RemovalReason.TITLE);
        assertThat(result.title()).isEqualTo("Syrians mass on Turkish border as regime advances");
    }

    @Test
    void reutersCreditLineBecomesCreditsAndTheWireAgency() {
        Cleaner.Result result = cleaner.clean(Samples.raw(Samples.REUTERS), null);

        assertThat(result.cleanText()).doesNotContain("Additional reporting", "Share To:", "add yours");
        assertThat(result.credits()).extracting(Credit::role).containsExactly("additional reporting", "writing", "editing");
        assertThat(result.credits().get(0).names())
                .containsExactly("Nick Tattersall", "Yesim Dikmen", "Ercan Gurses", "Stephanie Nebehay");
        assertThat(result.credits().get(2).names()).containsExactly("Peter Graff", "Pravin Char");
        assertThat(result.wireAgency()).isEqualTo("Reuters");
    }

    @Test
    void toldAfpAndAfpCrossheadsMakeTheAfpSampleAnAfpReport() {
        Cleaner.Result result = cleaner.clean(Samples.raw(Samples.AFP), null);

        assertThat(result.wireAgency()).isEqualTo("AFP");
        assertThat(result.wireSignals()).anyMatch(signal -> signal.contains("told AFP"));
    }

    @Test
    void everyCutCanBePutBackWhereItWasTaken() {
        String raw = Samples.raw(Samples.REUTERS);
        Cleaner.Result result = cleaner.clean(raw, null);

        StringBuilder rebuilt = new StringBuilder(result.cleanText());
        List<RemovedSpan> removed = result.removed();
        for (int i = removed.size() - 1; i >= 0; i--) {
            rebuilt.insert(removed.get(i).cleanOffset(), removed.get(i).text());
        }
        assertThat(rebuilt.toString()).isEqualTo(raw);
    }

    @Test
    void reutersDatelineBecomesMetadata() {
        String raw = "BEIRUT (Reuters) - Syrian government forces advanced on Monday.\nThey said more would follow.\n";
        Cleaner.Result result = cleaner.clean(raw, null);

        assertThat(result.dateline()).isEqualTo("BEIRUT");
        assertThat(result.cleanText()).startsWith("Syrian government forces advanced on Monday.");
        assertThat(result.wireAgency()).isEqualTo("Reuters");
    }

    @Test
    void bylineAndApContributorLineBecomeMetadata() {
        String raw = """
                By Sarah El Deeb and Bassem Mroue
                BEIRUT — Thousands of people fled the town overnight, residents said.
                The Red Crescent said it had sent trucks.
                Associated Press writer Zeina Karam in Beirut contributed to this report.
                """;
        Cleaner.Result result = cleaner.clean(raw, null);

        assertThat(result.byline()).isEqualTo("Sarah El Deeb and Bassem Mroue");
        assertThat(result.dateline()).isEqualTo("BEIRUT");
        assertThat(result.credits()).singleElement().satisfies(credit -> assertThat(credit.names()).containsExactly("Zeina Karam"));
        assertThat(result.wireAgency()).isEqualTo("AP");
        assertThat(result.cleanText()).isEqualTo("Thousands of people fled the town overnight, residents said.\n"
                + "The Red Crescent said it had sent trucks.");
    }

    @Test
    void aNewsSentenceWithAPromotionWordStays() {
        String raw = "Officials said six more countries would sign up to the grain corridor deal before the winter, "
                + "easing pressure on ports.\nFollow us on Twitter @example\n";
        Cleaner.Result result = cleaner.clean(raw, null);

        assertThat(result.cleanText()).isEqualTo("Officials said six more countries would sign up to the grain corridor "
                + "deal before the winter, easing pressure on ports.");
    }

    @Test
    void shortCamelCaseBrandsAreNotTakenForGluedCaptions() {
        String raw = "Heavy rain flooded the camp on Tuesday.\niPhone footage shared by residents showed tents under water.\n";

        assertThat(cleaner.clean(raw, null).cleanText()).contains("iPhone footage");
    }

    @Test
    void aHeadlineGluedToTheFirstSentenceIsSplitOff() {
        String raw = "Floods displace thousands in northern provinceMore than 12,000 people were displaced, officials said.\n"
                + "Aid agencies called for help.";
        Cleaner.Result result = cleaner.clean(raw, null);

        assertThat(result.title()).isEqualTo("Floods displace thousands in northern province");
        assertThat(result.cleanText()).startsWith("More than 12,000 people were displaced");
    }
}

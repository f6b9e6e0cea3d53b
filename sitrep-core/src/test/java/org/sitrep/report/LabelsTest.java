package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;

/** How the real samples are named: the AFP scrape kept its headline, the Reuters scrape none. */
class LabelsTest {

    @Test
    void aTitledReportIsNamedByItsTitle() {
        var afp = Samples.document(Samples.undated(), Samples.AFP).document();

        assertThat(Labels.of(afp)).isEqualTo(afp.title()).isNotBlank();
    }

    @Test
    void anUntitledReportIsNamedByTheOpeningWordsOfItsLedeCutAtAWord() {
        var reuters = Samples.document(Samples.undated(), Samples.REUTERS).document();
        assertThat(reuters.title()).isNull();

        String label = Labels.of(reuters);

        assertThat(label).startsWith("“" + reuters.cleanText().substring(0, 20)).endsWith("…”")
                .hasSizeLessThanOrEqualTo(Labels.LEDE_CHARACTERS + 3);
        String words = label.substring(1, label.length() - 2);
        assertThat(reuters.cleanText()).startsWith(words);
        assertThat(Character.isWhitespace(reuters.cleanText().charAt(words.length()))).as("cut at a word").isTrue();
    }
}

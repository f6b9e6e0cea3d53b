package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theBarShowsDocumentsPerSecondAndTheTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress bar = new Progress.Bar(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.started(10);
        bar.finished("a.txt", 5, 10);

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("5/10").containsPattern("\\d+\\.\\d\\d docs/s").containsPattern("ETA \\d+:\\d\\d");
    }

    @Test
    void timeLeftIsTheRemainingShareAtThePaceSoFar() {
        assertThat(Progress.Rates.eta(0, 10, 3)).isEqualTo("ETA --:--");
        assertThat(Progress.Rates.eta(5, 10, 30)).isEqualTo("ETA 0:30");
        assertThat(Progress.Rates.eta(1, 1000, 10)).isEqualTo("ETA 2:46:30");
        assertThat(Progress.Rates.perSecond(5, 2)).isEqualTo("2.50 docs/s");
    }

    @Test
    void plainLinesEndWithTheRunsPace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress lines = new Progress.LogLines(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        lines.started(2);
        lines.finished("a.txt", 1, 2);
        lines.finished("b.txt", 2, 2);
        lines.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("sitrep: [2/2] b.txt")
                .containsPattern("sitrep: 2 input\\(s\\) in \\d+\\.\\d s \\(\\d+\\.\\d\\d docs/s\\)");
    }
}

package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.testing.Samples;

/** Increments read from the sample reports' own sentences. */
class IncrementsTest {

    @Test
    void anotherBeforeTheFigureMakesItAnIncrement() {
        assertThat(marker(Samples.AFP, "another 10,000", "another 10,000")).contains("another");
    }

    @Test
    void moreAfterTheFigureMakesItAnIncrement() {
        // "… brought several thousand more, according to a resident in the town of Azaz."
        assertThat(marker(Samples.REUTERS, "several thousand more", "several thousand")).contains("more");
    }

    @Test
    void moreThanBeforeAFigureIsAQualifierNotAnIncrement() {
        assertThat(marker(Samples.REUTERS, "more than 2.5 million", "more than 2.5 million")).isEmpty();
        assertThat(marker(Samples.AFP, "More than 260,000", "More than 260,000")).isEmpty();
    }

    @Test
    void aPlainTotalIsNotAnIncrement() {
        assertThat(marker(Samples.AFP, "Up to 20,000 Syrians", "Up to 20,000")).isEmpty();
        assertThat(marker(Samples.AFP, "estimates 40,000", "40,000")).isEmpty();
    }

    /** The marker of the figure {@code figure} as found inside {@code context} in the sample {@code sample}. */
    private static Optional<String> marker(String sample, String context, String figure) {
        String text = Samples.raw(sample);
        int begin = text.indexOf(context);
        assertThat(begin).as(context).isNotNegative();
        begin += context.indexOf(figure);
        Document document = new Document("d", sample, null, null, null, List.of(), null, null, List.of(), null, "en",
                null, text, text, List.of(), Instant.EPOCH);
        Claim claim = new Claim(Span.of("d", text, begin, begin + figure.length()), figure, null, "", null,
                "displaced", "people", null, null, null, List.of());
        return Increments.marker(claim, document);
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.AttributionScore.Predicted;

/** How sitrep's quotes become PolNeAR predictions: one attribution, one content, however many quotes it has. */
class AttributionPredictionsTest {

    private static List<Predicted> predict(String text) {
        return AttributionEvaluation.predict(new AttributionEvaluation.Article("test", text, List.of()));
    }

    private static String content(String text, Predicted p) {
        return text.substring(p.content().begin(), p.content().end());
    }

    @Test
    void aQuoteCarriedOnInTheSameParagraphWidensItsAttribution() {
        String text = "“The bridge is gone,” said Amina Yusuf, a local official. “Nobody can cross until the army"
                + " brings boats.”\n";
        List<Predicted> predicted = predict(text);
        assertThat(predicted).singleElement().satisfies(p -> {
            assertThat(content(text, p)).startsWith("“The bridge is gone").endsWith("brings boats.”");
            assertThat(text.substring(p.source().begin(), p.source().end())).startsWith("Amina Yusuf");
        });
    }

    @Test
    void aQuoteCarriedIntoTheNextParagraphIsAPredictionOfItsOwn() {
        String text = "“The bridge is gone,” said Amina Yusuf, a local official.\n\n“Nobody can cross until the army"
                + " brings boats.”\n";
        List<Predicted> predicted = predict(text);
        assertThat(predicted).hasSize(2);
        Predicted carried = predicted.stream().filter(p -> p.cue() == null).findFirst().orElseThrow();
        assertThat(content(text, carried)).startsWith("“Nobody can cross");
        assertThat(text.substring(carried.speaker().begin(), carried.speaker().end())).startsWith("Amina Yusuf");
    }
}

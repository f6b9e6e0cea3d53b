package org.sitrep.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Quote;
import org.sitrep.testing.Samples;

/** The 18 direct quotes of the two sample reports and who said them. */
class QuoteSamplesTest {

    /** The start of each direct quote and the speaker it belongs to. */
    private static final Map<String, String> SPEAKERS = Map.ofEntries(
            Map.entry("up to 20,000 people have gathered", "Coordination of Humanitarian Affairs"),
            Map.entry("in large numbers", "John Kerry"),
            Map.entry("Russia has indicated", "John Kerry"),
            Map.entry("We will have a much better sense", "John Kerry"),
            Map.entry("undermining the efforts", "Jens Stoltenberg"),
            Map.entry("Thousands of people, mainly families", "Rami Abdel Rahman"),
            Map.entry("The fighting has also disrupted", "Linda Tom"),
            Map.entry("The trajectory for the rebels", "Emile Hokayem"),
            Map.entry("The rebels are on the retreat", "Emile Hokayem"),
            Map.entry("What frustrates the rebels", "Maamoun al-Khatib"),
            Map.entry("Meanwhile Russia and Iran", "Maamoun al-Khatib"),
            Map.entry("laughable", "Recep Tayyip Erdogan"),
            Map.entry("Our whole existence", "Abdul Rahim al-Najdawi"),
            Map.entry("They are advancing", "Abdul Rahim al-Najdawi"),
            Map.entry("appalled", "Angela Merkel"),
            Map.entry("The route to Aleppo", "Kerem Kinik"),
            Map.entry("They are hitting any vehicles", "Kerem Kinik"),
            Map.entry("We really urge", "Kerem Kinik"));

    private static List<Quote> directQuotes() {
        List<Quote> quotes = new ArrayList<>();
        for (DocumentAnalysis analysis : Samples.undated().documents()) {
            analysis.quotes().stream().filter(Quote::direct).forEach(quotes::add);
        }
        return quotes;
    }

    @Test
    void atLeastSixteenOfTheEighteenDirectQuotesHaveTheRightSpeaker() {
        List<Quote> quotes = directQuotes();
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        SPEAKERS.forEach((start, speaker) -> {
            boolean found = quotes.stream().anyMatch(q -> q.span().text().startsWith(start)
                    && q.speaker().name().equals(speaker));
            (found ? right : wrong).add(start + " → " + speaker);
        });
        assertThat(right).as("wrong or missing: %s", wrong).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void crossheadsAreNotQuotes() {
        assertThat(directQuotes()).extracting(q -> q.span().text())
                .doesNotContain("Rebels on the retreat", "Empty words");
    }

    @Test
    void everyDirectQuoteInTheSamplesIsOneOfTheEighteen() {
        assertThat(directQuotes()).hasSize(18);
    }

    @Test
    void theChainEndsWithTheWireAgency() {
        Quote tom = directQuotes().stream().filter(q -> q.span().text().startsWith("Thousands of people")).findFirst()
                .orElseThrow();
        assertThat(tom.attributionChain()).endsWith("AFP");
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;

class EventsGoldTest {

    @Test
    void theGoldHoldsAtLeast150AnnotatedSentencesWithNegativesInBothSplits() {
        List<EventsGold.Article> gold = EventsGold.load();
        var sentences = gold.stream().flatMap(a -> a.sentences().stream()).toList();

        assertThat(sentences.size()).isGreaterThanOrEqualTo(150);
        assertThat(sentences.stream().filter(s -> s.events().isEmpty()).count()).isGreaterThan(30);
        assertThat(gold).extracting(EventsGold.Article::split).contains("dev", "test");
    }

    @Test
    void everyArticleIsInTheSplitItsHashSays() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (EventsGold.Article article : EventsGold.load()) {
            String hex = HexFormat.of().formatHex(sha.digest((article.corpus() + ":" + article.article())
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(article.split()).as(article.key()).isEqualTo("01234".indexOf(hex.charAt(0)) >= 0 ? "dev" : "test");
        }
    }

    @Test
    void everyAnnotatedSentenceStandsAtItsOffsetsInTheCorpusText() throws Exception {
        ClaimsArticles articles = new ClaimsArticles(Samples.shared());
        for (EventsGold.Article article : EventsGold.load()) {
            EventsGold.verify(article, articles.text(article.corpus(), article.article()));
        }
    }

    @Test
    void aTypeOutsideTheTaxonomyFailsNamingTheLine() {
        String line = "{\"corpus\": \"GeoVirus\", \"article\": 1, \"split\": \"dev\", \"sentences\": [{\"begin\": 0,"
                + " \"end\": 5, \"opening\": \"\", \"events\": [{\"type\": \"Earthquake\", \"subType\": \"x\"}]}]}";
        assertThatThrownBy(() -> EventsGold.parse(List.of(line)))
                .hasMessageContaining("line 1").hasMessageContaining("'Earthquake' is not in the taxonomy");
    }
}

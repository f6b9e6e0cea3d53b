package org.sitrep.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ClaimsArticles;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.PublicationDate;
import org.sitrep.testing.Samples;

/**
 * Stories kept between links give what clustering the whole workspace gives, whether the new reports arrive in
 * publication order (fed alone) or not (clustered again): the two samples and real GeoVirus and TR-News reports.
 */
class StreamingStoriesTest {

    private static List<DocumentAnalysis> reports() throws IOException {
        List<DocumentAnalysis> reports = new ArrayList<>(Samples.dated().documents());
        ClaimsArticles corpus = new ClaimsArticles(Samples.shared());
        for (int article = 0; article < 12; article++) {
            String corpusName = article % 2 == 0 ? "GeoVirus" : "TR-News";
            String text = corpus.text(corpusName, article);
            reports.add(DocumentAnalysis.empty(new Document(corpusName + "#" + article, corpusName + "#" + article,
                    null, null, null, List.of(), null, null, List.of(),
                    PublicationDate.parse("2016-02-%02d".formatted(9 + article), "test"), "en", null, text, text,
                    List.of(), null)));
        }
        return reports;
    }

    @Test
    void reportsArrivingInPublicationOrderJoinTheStoriesAsIfAllWereClusteredAtOnce() throws IOException {
        List<DocumentAnalysis> reports = reports();
        try (StreamingStories streaming = new StreamingStories()) {
            for (int size : List.of(2, 5, 9, reports.size())) {
                List<DocumentAnalysis> held = reports.subList(0, size);
                assertThat(streaming.of(held)).as("%d reports", size).isEqualTo(new DocumentStories().of(held));
            }
        }
    }

    @Test
    void aReportDatedBeforeTheOthersIsClusteredWithAllAgain() throws IOException {
        List<DocumentAnalysis> reports = reports();
        List<DocumentAnalysis> late = new ArrayList<>(reports.subList(2, reports.size()));
        late.addAll(reports.subList(0, 2)); // the samples (5 and 8 February) stored after reports of 9-20 February
        try (StreamingStories streaming = new StreamingStories()) {
            streaming.of(late.subList(0, late.size() - 2));
            assertThat(streaming.of(late)).isEqualTo(new DocumentStories().of(late));
        }
    }
}

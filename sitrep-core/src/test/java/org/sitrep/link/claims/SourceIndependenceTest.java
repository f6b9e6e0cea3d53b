package org.sitrep.link.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Interval;
import org.sitrep.model.Lineage;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Span;
import org.sitrep.testing.Samples;

/**
 * Independent sources and lineage on the real sample texts: the AFP report as one outlet ran it, a second outlet's
 * rewrite of it (no wire credit left), and the Reuters report, each giving Syria's death toll as its own figure.
 */
class SourceIndependenceTest {

    private static final Place SYRIA = new Place("163843", "Syria", List.of(), 35.0, 38.0, "A", "PCLI", "SY", "", 0L);
    private static final String AFP = Samples.raw(Samples.AFP);
    private static final String REWRITE = String.join("\n", java.util.Arrays.copyOfRange(AFP.split("\n"), 4,
            AFP.split("\n").length)).replace(" said", " stated");
    private static final String REUTERS = Samples.raw(Samples.REUTERS);

    private final DocumentAnalysis first = report("star", "Daily Star", "2016-02-05", AFP, "More than 260,000", 260_000);
    private final DocumentAnalysis copy = report("gulf", "Gulf Times", "2016-02-06", REWRITE, "More than 260,000", 260_000);
    private final DocumentAnalysis reuters = report("reuters", "Reuters", "2016-02-08", REUTERS, "at least 250,000", 250_000);

    @Test
    void anOutletCopyingAnothersParagraphIsNotAnIndependentSource() {
        ClaimGroup toll = only(ClaimGroups.of(List.of(first, copy, reuters)));

        assertThat(toll.independentSources()).isEqualTo(2);
        assertThat(toll.sources()).containsExactly("Daily Star", "Reuters");
        assertThat(toll.reasoning()).contains("Daily Star and Gulf Times count as one source")
                .contains("near-duplicate paragraphs");
    }

    @Test
    void theLineageNamesTheFirstReportAndTheCopyAsItsRepeat() {
        Lineage lineage = only(ClaimGroups.of(List.of(reuters, copy, first))).lineage();

        assertThat(lineage.firstSeen()).isEqualTo("star");
        assertThat(lineage.sightings()).extracting(Lineage.Sighting::documentId).containsExactly("star", "gulf", "reuters");
        assertThat(lineage.sightings()).extracting(Lineage.Sighting::repeats).containsExactly(null, "star", null);
        assertThat(lineage.reasoning()).contains("First seen in Daily Star (2016-02-05").contains("Gulf Times repeats Daily Star");
    }

    @Test
    void aReportOfUnknownDateComesAfterTheDatedOnesAndTheLineageSaysItMayBeEarlier() {
        DocumentAnalysis undated = report("undated", "Gulf Times", null, REWRITE, "More than 260,000", 260_000);

        Lineage lineage = only(ClaimGroups.of(List.of(undated, reuters))).lineage();

        assertThat(lineage.firstSeen()).isEqualTo("reuters");
        assertThat(lineage.sightings()).extracting(Lineage.Sighting::documentId).containsExactly("reuters", "undated");
        assertThat(lineage.reasoning()).contains("1 report of unknown date").contains("may have come earlier");
    }

    private static DocumentAnalysis report(String id, String outlet, String published, String text, String figure,
                                           double low) {
        Document document = new Document(id, id + ".txt", null, outlet, null, List.of(), null, null, List.of(),
                published == null ? null : PublicationDate.parse(published, "test"), "en", null, text, text, List.of(),
                Instant.EPOCH);
        int begin = text.indexOf(figure);
        assertThat(begin).as(figure).isNotNegative();
        int syria = text.indexOf("Syria");
        PlaceMention place = new PlaceMention(Span.of(id, text, syria, syria + 5), SYRIA, 0.9, List.of(SYRIA));
        Claim claim = new Claim(Span.of(id, text, begin, begin + figure.length()), figure,
                new Interval(low, false, null, false, "ROUNDED"), figure.substring(0, figure.lastIndexOf(' ')), null,
                "killed", "people", place, null, null, List.of());
        return DocumentAnalysis.empty(document).withClaims(List.of(claim));
    }

    private static ClaimGroup only(List<ClaimGroup> groups) {
        assertThat(groups).hasSize(1);
        return groups.getFirst();
    }
}

package org.sitrep.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private final TextTerms terms = new TextTerms();
    private static final Instant T0 = Instant.parse("2014-03-10T17:00:00Z");

    @Test
    void aQueryReturnsAtMostItsLimitPlusTheDocumentsNotYetReopenedNeverTheWholeIndex() {
        try (CandidateIndex index = new CandidateIndex()) {
            for (int i = 0; i < 500; i++) {
                index.add("d" + i, terms.of("Stocks fall after Fed official hints at accelerated tapering " + i), List.of(),
                        T0.plusSeconds(i));
            }
            List<String> found = index.similar(Map.of("stock", 1.0, "fed", 1.0), List.of(), 1.0, T0, Duration.ofDays(1), 30);
            assertThat(found).hasSizeLessThanOrEqualTo(30 + CandidateIndex.REOPEN_EVERY).isNotEmpty();
        }
    }

    @Test
    void documentsOutsideTheTimeWindowAreNotCandidatesButUndatedOnesAre() {
        try (CandidateIndex index = new CandidateIndex()) {
            index.add("old", terms.of("Malaysia Airlines flight missing"), List.of(), T0.minus(Duration.ofDays(30)));
            index.add("undated", terms.of("Malaysia Airlines flight search widens"), List.of(), null);
            index.add("recent", terms.of("Malaysia Airlines jet still missing"), List.of(), T0.minus(Duration.ofHours(2)));
            // Enough other documents to reopen the reader: the three above are then found through Lucene, not the scan.
            for (int i = 0; i < CandidateIndex.REOPEN_EVERY; i++) {
                index.add("other" + i, terms.of("Titanfall review roundup " + i), List.of(), T0);
            }
            assertThat(index.similar(Map.of("malaysia", 1.0, "airlin", 1.0), List.of(), 1.0, T0, Duration.ofDays(7), 10))
                    .containsExactlyInAnyOrder("undated", "recent");
        }
    }

    @Test
    void aSharedEntityAloneMakesADocumentACandidate() {
        try (CandidateIndex index = new CandidateIndex()) {
            index.add("1", terms.of("Bankruptcy filing in Tokyo court"), List.of("mt. gox"), T0);
            assertThat(index.similar(Map.of("bitcoin", 1.0), List.of("mt. gox"), 1.0, T0, Duration.ofDays(1), 10))
                    .containsExactly("1");
        }
    }
}

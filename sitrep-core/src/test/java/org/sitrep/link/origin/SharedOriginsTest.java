package org.sitrep.link.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.testing.Samples;

/** Shared origins among the real sample reports and a rewrite of one of them. */
class SharedOriginsTest {

    private static final String AFP = Samples.raw(Samples.AFP);
    private static final String REUTERS = Samples.raw(Samples.REUTERS);

    /** A second outlet's rewrite of the AFP report: its own opening dropped, its verbs changed. */
    static String rewriteOf(String text) {
        String[] paragraphs = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(paragraphs, 4, paragraphs.length))
                .replace(" said", " stated").replace("Friday", "on Friday");
    }

    @Test
    void aRewriteOfAReportSharesItsOriginThroughNearDuplicateParagraphs() {
        var origins = SharedOrigins.of(List.of(report("afp", AFP, null), report("copy", rewriteOf(AFP), null)));

        assertThat(origins.between("afp", "copy")).get().asString().contains("near-duplicates");
    }

    @Test
    void printsKeptBetweenLinksFindTheSameOriginsAsPrintsComputedAfresh() {
        OriginPrints kept = new OriginPrints();
        DocumentAnalysis afp = report("afp", AFP, null);
        String copyText = rewriteOf(AFP);
        SharedOrigins.of(List.of(afp, report("reuters", REUTERS, null)), kept);
        kept.retainOnly(java.util.Set.of("afp"));

        var linkedAgain = SharedOrigins.of(List.of(afp, report("copy", copyText, null)), kept);

        assertThat(linkedAgain.between("afp", "copy")).isEqualTo(
                SharedOrigins.of(List.of(afp, report("copy", copyText, null))).between("afp", "copy")).isPresent();
        assertThat(linkedAgain.originOf("copy")).isEqualTo("afp");
        assertThat(linkedAgain.between("afp", "reuters")).isEmpty();
    }

    @Test
    void twoReportsOfTheSameEventInTheirOwnWordsDoNotShareAnOrigin() {
        var origins = SharedOrigins.of(List.of(report("afp", AFP, null), report("reuters", REUTERS, null)));

        assertThat(origins.between("afp", "reuters")).isEmpty();
    }

    @Test
    void aFigureInACopiedParagraphIsTheSamePassageInBothReports() {
        String copy = rewriteOf(AFP);
        var origins = SharedOrigins.of(List.of(report("afp", AFP, null), report("copy", copy, null)));

        assertThat(origins.samePassage(at("afp", AFP, "More than 260,000"), at("copy", copy, "More than 260,000"))).isTrue();
        assertThat(origins.samePassage(at("afp", AFP, "More than 260,000"), at("copy", copy, "about 2.5 million"))).isFalse();
    }

    @Test
    void twoReportsOfOneWireAgencyShareItsOrigin() {
        var origins = SharedOrigins.of(List.of(report("afp", AFP, "AFP"), report("reuters", REUTERS, "AFP")));

        assertThat(origins.between("afp", "reuters")).get().asString().contains("AFP wire");
    }

    @Test
    void aDirectQuoteTakenWordForWordIsASharedOrigin() {
        String quote = "The trajectory for the rebels is downwards, and the downward slope is increasingly steep";
        String other = REUTERS + "\n“" + quote + ",” a senior fellow said.";
        var afp = report("afp", AFP, null);
        var reuters = report("reuters", other, null);
        var origins = SharedOrigins.of(List.of(
                afp.withQuotes(List.of(new Quote(at("afp", AFP, quote), true, null, "say", List.of()))),
                reuters.withQuotes(List.of(new Quote(at("reuters", other, quote), true, null, "say", List.of())))));

        assertThat(origins.between("afp", "reuters")).get().asString().contains("word for word");
    }

    static DocumentAnalysis report(String id, String text, String wire) {
        return DocumentAnalysis.empty(new Document(id, id + ".txt", null, null, wire, List.of(), null, null, List.of(),
                null, "en", null, text, text, List.of(), Instant.EPOCH));
    }

    static Span at(String id, String text, String words) {
        int begin = text.indexOf(words);
        assertThat(begin).as(words).isNotNegative();
        return Span.of(id, text, begin, begin + words.length());
    }
}

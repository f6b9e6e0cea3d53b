package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Samples;

class DossierFormatsTest {

    @Test
    void jsonCarriesEveryMentionWithItsDocumentSpanAndText(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("json"), out);

        JsonNode json = JsonDossierWriter.JSON.readTree(out.resolve("dossier.json").toFile());
        JsonNode first = json.get("documents").get(0);
        String cleanText = first.get("document").get("cleanText").asText();
        JsonNode mention = first.get("entities").get(0).get("mentions").get(0);
        assertThat(mention.get("documentId").asText()).isEqualTo(first.get("document").get("id").asText());
        assertThat(cleanText.substring(mention.get("begin").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("text").asText());
        assertThat(first.get("document").get("published").get("date").asText()).matches("2016-02-0[58]");
        assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    }

    @Test
    void markdownShowsSourcingTimelineAndWhatWasCut(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("md"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        assertThat(md).contains("wire agency: AFP", "wire agency: Reuters", "editing by Peter Graff, Pravin Char",
                "| 2016-02-03 | Wednesday |", "promotion: `Receive News Alerts");
    }

    @Test
    void htmlMarksRemovedStretchesInPlaceAndEscapesText(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("html"), out);

        String html = Files.readString(out.resolve("dossier.html"));
        assertThat(html).contains("<del class=\"removed\" data-reason=\"photo caption\">migrant</del>Up to 20,000",
                "<mark class=\"entity\"", "title=\"XXXX-WXX-5 (unanchored)\">Friday</mark>");
        String timeline = html.substring(html.indexOf("<h2>Timeline</h2>"), html.indexOf("<h2>Documents</h2>"));
        assertThat(timeline).contains("<td>2011</td>").doesNotContain("XXXX", "Friday");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void anUnknownFormatIsRefusedByName() {
        assertThatThrownBy(() -> DossierFormats.named("pdf")).hasMessageContaining("unknown format 'pdf'")
                .hasMessageContaining("json, md, html");
    }
}

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
        assertThat(html).contains("<del class=\"removed\" data-reason=\"photo caption\">migrant</del><mark class=\"figure\"",
                "<mark class=\"entity\"", "title=\"XXXX-WXX-5 (unanchored)\">Friday</mark>");
        String timeline = html.substring(html.indexOf("<h2>Timeline</h2>"), html.indexOf("<h2>Events</h2>"));
        assertThat(timeline).contains("<td>2011</td>").doesNotContain("XXXX", "Friday");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void theFiguresTableListsEachClaimWithItsIntervalSourceAndSentence(@TempDir Path out) throws Exception {
        var dossier = Samples.undated();
        var afp = Samples.document(dossier, Samples.AFP);
        String text = afp.document().cleanText();
        int begin = text.indexOf("up to 20,000 people");
        var claim = new org.sitrep.model.Claim(afp.document().span(begin, begin + "up to 20,000".length()), "up to 20,000",
                new org.sitrep.model.Interval(0.0, true, 20000.0, true, "ROUNDED"), "up to", null, "stranded", "people",
                null, null, new org.sitrep.model.Attribution(new org.sitrep.model.Speaker(null, "OCHA", null), null, "AFP"),
                List.of("estimate"));
        var withClaim = new org.sitrep.model.Dossier(dossier.schemaVersion(), dossier.generatedAt(),
                List.of(afp.withClaims(List.of(claim))), List.of(), List.of(), List.of(), List.of(), List.of());

        DossierFormats.writeAll(withClaim, List.of("csv", "md", "html"), out);

        List<String> csv = Files.readAllLines(out.resolve("figures.csv"));
        assertThat(csv.get(0)).startsWith("document_id,document,outlet,wire_agency,as_written,low,low_closed,high")
                .contains(",place,place_geonames_id,latitude,longitude,country,time,");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains(",\"up to 20,000\",0,true,20000,true,ROUNDED,\"up to\",,stranded,people,", ",OCHA,estimate,")
                .contains("The UN’s Office for the Coordination of Humanitarian Affairs (OCHA) said it estimated");
        assertThat(Files.readString(out.resolve("dossier.md")))
                .contains("| up to 20,000 | [0, 20000] | stranded | people |  |  | OCHA | AFP | The UN’s Office");
        assertThat(Files.readString(out.resolve("dossier.html")))
                .contains("<mark class=\"figure\" id=\"s-" + afp.document().id() + "-" + begin + "\"");
    }

    @Test
    void aFigureOfAnUnanchoredDayShowsTheWordsNotAPartialTimexValue(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("md"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String figures = md.substring(md.indexOf("## Figures"), md.indexOf("## Figures compared"));
        assertThat(figures).contains("| 120 | [120, 120] | killed | people |  | “Friday” (unanchored) |")
                .doesNotContain("XXXX");
    }

    @Test
    void theHtmlDossierOpensWithTheSituationSummary(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("html"), out);

        String html = Files.readString(out.resolve("dossier.html"));
        String summary = html.substring(html.indexOf("<h2>Situation summary (draft)</h2>"), html.indexOf("<h2>Stories</h2>"));
        assertThat(summary).contains("<strong>Key figures</strong>", "<li>refugees hosted (people), Turkey: ",
                "corroborated, 2 independent source(s)", "<strong>Who said what</strong>");
    }

    @Test
    void theSituationSummaryGivesKeyFiguresWithVerdictsAndEveryLineItsEvidence(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("md"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String summary = md.substring(md.indexOf("## Situation summary (draft)"), md.indexOf("## Stories"));
        List<String> figures = summary.lines().filter(line -> line.startsWith("- ")
                && summary.indexOf(line) < summary.indexOf("**Who said what**")).toList();
        assertThat(figures).isNotEmpty().allSatisfy(line -> assertThat(line).contains("Evidence: [", ", chars "));
        assertThat(figures).anySatisfy(line -> assertThat(line).startsWith("- refugees hosted")
                .contains("“about 2.5 million” (Ahmet Davutoglu)", "corroborated, 2 independent source(s)"));
        assertThat(figures).anySatisfy(line -> assertThat(line).startsWith("- killed (people), Syria")
                .contains("consistent"));
        // a spokesperson's figure counts for the organisation she speaks for, as the figures compared say
        assertThat(figures).anySatisfy(line -> assertThat(line)
                .contains("“another 10,000” (Office for the Coordination of Humanitarian Affairs (via Linda Tom))"));
        assertThat(summary).contains("**Who said what**", "- John Kerry (5 quote(s)): “Russia has indicated");
        // places by how much the reports name them, as they spell them
        String places = summary.lines().filter(line -> line.startsWith("**Places:**")).findFirst().orElseThrow();
        assertThat(places).startsWith("**Places:** Aleppo, Syria, Turkey, Azaz,").doesNotContain("I‘zāz");
    }

    @Test
    void aFiguresPlaceShowsAsWrittenAndWhereTheGazetteerPutIt(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.undated(), List.of("md", "csv"), out);

        assertThat(Files.readAllLines(out.resolve("figures.csv")))
                .anySatisfy(line -> assertThat(line).contains("\"another 5,000 to 10,000\"", ",\"Azaz city\",172082,36.58", ",SY,"));
        assertThat(Files.readString(out.resolve("dossier.md")))
                .contains("| another 5,000 to 10,000 | [5000, 10000] | displaced | people | Azaz city (I‘zāz, SY) |")
                .contains("| a few miles | [2, 10) vague | distance |  | Bab al Salama border crossing |");
    }

    @Test
    void markdownAndHtmlListTheStoryWithItsDatesAndDocuments(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("md", "html"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String stories = md.substring(md.indexOf("## Stories"), md.indexOf("## Timeline"));
        assertThat(stories).contains("| 2016-02-05 – 2016-02-08 |", "Syrians mass on Turkish border", "“The Syrian army advanced");
        String html = Files.readString(out.resolve("dossier.html"));
        String section = html.substring(html.indexOf("<h2>Stories</h2>"), html.indexOf("<h2>Timeline</h2>"));
        assertThat(section).contains("2016-02-05 – 2016-02-08", "<a href=\"#doc-");
    }

    @Test
    void markdownAndHtmlCompareTheFiguresWithVerdictReasoningAndLinkedFigures(@TempDir Path out) throws Exception {
        var dossier = Samples.dated();
        DossierFormats.writeAll(dossier, List.of("md", "html"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String compared = md.substring(md.indexOf("## Figures compared"), md.indexOf("## Places"));
        assertThat(compared).contains("| refugees hosted (people), Turkey", "| corroborated |", "| consistent |",
                "both are lower bounds", "2: AFP, Reuters", "“at least 250,000” (Reuters (unattributed)");
        String html = Files.readString(out.resolve("dossier.html"));
        String section = html.substring(html.indexOf("<h2>Figures compared</h2>"), html.indexOf("<h2>Places</h2>"));
        var reuters = Samples.document(dossier, Samples.REUTERS);
        var toll = reuters.claims().stream().filter(c -> c.asWritten().equals("at least 250,000")).findFirst().orElseThrow();
        assertThat(section).contains("<td class=\"verdict corroborated\">corroborated</td>",
                "<a href=\"#s-" + reuters.document().id() + "-" + toll.span().begin() + "\">at least 250,000</a>");
    }

    @Test
    void markdownAndHtmlListWhoSeveralReportsNameWithWhyTheyAreOne(@TempDir Path out) throws Exception {
        DossierFormats.writeAll(Samples.dated(), List.of("md", "html"), out);

        String md = Files.readString(out.resolve("dossier.md"));
        String across = md.substring(md.indexOf("## People and organisations across reports"), md.indexOf("## Places"));
        assertThat(across).contains("| Recep Tayyip Erdogan | PERSON | Tayyip Erdogan |", "person name part: ",
                "| Syrian Observatory for Human Rights | ORGANIZATION |").doesNotContain("| Aleppo |");
        assertThat(Files.readString(out.resolve("dossier.html"))).contains("<h2>People and organisations across reports</h2>");
    }

    @Test
    void anUnknownFormatIsRefusedByName() {
        assertThatThrownBy(() -> DossierFormats.named("pdf")).hasMessageContaining("unknown format 'pdf'")
                .hasMessageContaining("json, md, html, csv");
    }
}

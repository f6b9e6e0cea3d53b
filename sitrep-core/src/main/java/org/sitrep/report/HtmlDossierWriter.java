package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Document;
import org.sitrep.model.Dossier;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SkippedInput;
import org.sitrep.model.Span;
import org.sitrep.model.TimeRef;

/**
 * A static page a person reads in a browser, offline: each document's clean text with entity mentions
 * and dates marked and each removed stretch shown in place (struck through, with its reason), the
 * entities, a timeline of anchored dates, and the figures compared across reports with their verdicts.
 */
public final class HtmlDossierWriter implements DossierWriter {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#222}
            h1,h2,h3{line-height:1.2} table{border-collapse:collapse;margin:.5rem 0}
            td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
            .meta{color:#555} .text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1rem}
            mark.entity{background:#e6f0ff} mark.time{background:#fff2cc} mark.figure{background:#d9f2d9;font-weight:600}
            td.corroborated{background:#d9f2d9} td.consistent{background:#eef7e6} td.conflicting{background:#fdd}
            del.removed{color:#b00;background:#fee;text-decoration:line-through}
            del.removed::before{content:"[" attr(data-reason) "] ";font-size:.8em;text-decoration:none}
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "dossier.html";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>sitrep dossier</title><style>").append(STYLE).append("</style></head><body>");
        html.append("<h1>Situation dossier</h1><p class=\"meta\">").append(dossier.documents().size())
                .append(" document(s), generated ").append(esc(dossier.generatedAt().toString())).append("</p>");
        html.append("<section id=\"summary\">").append(SituationSummary.html(dossier)).append("</section>");
        if (!dossier.skipped().isEmpty()) {
            html.append("<h2>Skipped inputs</h2><ul>");
            for (SkippedInput skipped : dossier.skipped()) {
                html.append("<li><code>").append(esc(skipped.source())).append("</code>: ").append(esc(skipped.problem())).append("</li>");
            }
            html.append("</ul>");
        }
        stories(html, dossier);
        timeline(html, dossier);
        events(html, dossier);
        figures(html, dossier);
        figuresCompared(html, dossier);
        acrossReports(html, dossier);
        places(html, dossier);
        quotes(html, dossier);
        html.append("<h2>Documents</h2><ol>");
        for (DocumentAnalysis analysis : dossier.documents()) {
            html.append("<li><a href=\"#doc-").append(analysis.document().id()).append("\">")
                    .append(esc(Labels.of(analysis.document()))).append("</a></li>");
        }
        html.append("</ol>");
        for (DocumentAnalysis analysis : dossier.documents()) {
            document(html, analysis);
        }
        html.append("</body></html>\n");
        out.write(html.toString());
    }

    private static void timeline(StringBuilder html, Dossier dossier) {
        html.append("<h2>Timeline</h2>");
        var timeline = Timeline.of(dossier.documents());
        if (timeline.isEmpty()) {
            html.append("<p>No anchored dates: the documents are undated, so relative dates stay unanchored.</p>");
            return;
        }
        html.append("<table><tr><th>date</th><th>as written</th><th>sentence</th><th>document</th></tr>");
        for (Timeline.Entry entry : timeline) {
            html.append("<tr><td>").append(esc(entry.date())).append("</td><td><a href=\"#")
                    .append(anchorOf(entry.time().span())).append("\">").append(esc(entry.time().text()))
                    .append("</a></td><td>").append(esc(Sentences.around(entry.from().document().cleanText(), entry.time().span())))
                    .append("</td><td>").append(esc(Labels.of(entry.from().document()))).append("</td></tr>");
        }
        html.append("</table>");
    }

    /** The events on a timeline, each linked to the sentence that reports it. */
    private static void events(StringBuilder html, Dossier dossier) {
        html.append("<h2>Events</h2>");
        List<EventRows.Row> rows = EventRows.of(dossier);
        if (rows.isEmpty()) {
            html.append("<p>No events found.</p>");
            return;
        }
        html.append("<table><tr><th>date</th><th>event</th><th>actors</th><th>place</th><th>fatalities</th>")
                .append("<th>sources</th><th>reported in</th></tr>");
        for (EventRows.Row row : rows) {
            html.append("<tr><td>").append(esc(row.date())).append("</td><td>").append(esc(row.what()))
                    .append("</td><td>").append(esc(row.actors())).append("</td><td>").append(esc(row.place()))
                    .append("</td><td>").append(esc(row.fatalities())).append("</td><td>")
                    .append(row.merged().independentSources()).append(": ").append(esc(row.sources()))
                    .append("</td><td>");
            for (var span : row.event().evidence()) {
                html.append("<a href=\"#").append(anchorOf(span)).append("\">").append(esc(span.text())).append("</a> ");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void stories(StringBuilder html, Dossier dossier) {
        var rows = StoryRows.of(dossier);
        html.append("<h2>Stories</h2>");
        if (rows.isEmpty()) {
            html.append("<p>No stories.</p>");
            return;
        }
        html.append("<table><tr><th>story</th><th>dates</th><th>places</th><th>documents</th></tr>");
        for (StoryRows.Row row : rows) {
            html.append("<tr><td>").append(esc(java.util.Objects.toString(row.story().label(), ""))).append("</td><td>").append(esc(row.dates()))
                    .append("</td><td>").append(esc(String.join(", ", row.story().places()))).append("</td><td>");
            for (DocumentAnalysis member : row.members()) {
                html.append("<a href=\"#doc-").append(member.document().id()).append("\">")
                        .append(esc(Labels.of(member.document()))).append("</a><br>");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void places(StringBuilder html, Dossier dossier) {
        var rows = PlaceRows.resolved(dossier);
        html.append("<h2>Places</h2>");
        if (rows.isEmpty()) {
            html.append("<p>No places placed on the map.</p>");
        } else {
            html.append("<table><tr><th>place</th><th>latitude, longitude</th><th>kind</th><th>as written</th>"
                    + "<th>mentions</th><th>confidence</th><th>relative locations</th></tr>");
            for (PlaceRows.Row row : rows) {
                html.append("<tr><td>").append(esc(row.place().name())).append("</td><td>").append(row.coordinates())
                        .append("</td><td>").append(esc(row.kind())).append("</td><td>")
                        .append(esc(String.join(", ", row.asWritten()))).append("</td><td>").append(row.mentions())
                        .append("</td><td>").append(String.format(java.util.Locale.ROOT, "%.2f", row.confidence()))
                        .append("</td><td>").append(esc(String.join("; ", row.relations()))).append("</td></tr>");
            }
            html.append("</table>");
        }
        var unresolved = PlaceRows.unresolved(dossier);
        if (!unresolved.isEmpty()) {
            html.append("<p>Not placed (no gazetteer entry fits): ").append(esc(String.join(", ", unresolved))).append("</p>");
        }
    }

    private static void figures(StringBuilder html, Dossier dossier) {
        var rows = ClaimRows.of(dossier);
        html.append("<h2>Figures</h2>");
        if (rows.isEmpty()) {
            html.append("<p>No figures.</p>");
            return;
        }
        html.append("<table><tr><th>as written</th><th>interval</th><th>measure</th><th>object</th><th>place</th>"
                + "<th>time</th><th>claimed by</th><th>outlet</th><th>sentence</th></tr>");
        for (ClaimRows.Row row : rows) {
            var claim = row.claim();
            html.append("<tr><td><a href=\"#").append(anchorOf(claim.span())).append("\">").append(esc(claim.asWritten()))
                    .append("</a></td><td>").append(esc(row.interval())).append("</td><td>")
                    .append(esc(ClaimRows.Row.orEmpty(claim.measure()))).append("</td><td>")
                    .append(esc(ClaimRows.Row.orEmpty(claim.object()))).append("</td><td>").append(esc(row.place()))
                    .append("</td><td>").append(esc(row.time())).append("</td><td>").append(esc(row.claimedBy()))
                    .append("</td><td>").append(esc(row.outlet())).append("</td><td>").append(esc(row.sentence()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static void figuresCompared(StringBuilder html, Dossier dossier) {
        var rows = ClaimGroupRows.of(dossier);
        html.append("<h2>Figures compared</h2>");
        if (rows.isEmpty()) {
            html.append("<p>No figures to compare.</p>");
            return;
        }
        html.append("<table><tr><th>figures of</th><th>verdict</th><th>reasoning</th><th>independent sources</th>"
                + "<th>lineage</th><th>figures</th></tr>");
        for (ClaimGroupRows.Row row : rows) {
            html.append("<tr><td>").append(esc(row.about())).append("</td><td class=\"verdict ").append(row.verdict())
                    .append("\">").append(esc(row.verdict())).append("</td><td>")
                    .append(esc(ClaimRows.Row.orEmpty(row.group().reasoning()))).append("</td><td>")
                    .append(esc(row.sources())).append("</td><td>").append(esc(row.lineage())).append("</td><td><ul>");
            for (ClaimRows.Row member : row.members()) {
                html.append("<li><a href=\"#").append(anchorOf(member.claim().span())).append("\">")
                        .append(esc(member.claim().asWritten())).append("</a> (").append(esc(member.claimedBy()))
                        .append(", ").append(esc(Labels.of(member.from().document()))).append("): ")
                        .append(esc(member.sentence())).append("</li>");
            }
            html.append("</ul></td></tr>");
        }
        html.append("</table>");
    }

    private static void acrossReports(StringBuilder html, Dossier dossier) {
        var rows = CrossDocumentEntityRows.of(dossier);
        html.append("<h2>People and organisations across reports</h2>");
        if (rows.isEmpty()) {
            html.append("<p>No person or organisation is named by more than one report.</p>");
            return;
        }
        html.append("<table><tr><th>name</th><th>type</th><th>also called</th><th>reports</th><th>why one</th></tr>");
        for (CrossDocumentEntityRows.Row row : rows) {
            html.append("<tr><td>").append(esc(row.entity().canonicalName())).append("</td><td>")
                    .append(esc(row.entity().type().name())).append("</td><td>")
                    .append(esc(String.join(", ", row.entity().aliases()))).append("</td><td>");
            for (DocumentAnalysis member : row.documents()) {
                html.append("<a href=\"#doc-").append(member.document().id()).append("\">")
                        .append(esc(Labels.of(member.document()))).append("</a><br>");
            }
            html.append("</td><td><ul>");
            row.evidence().forEach(line -> html.append("<li>").append(esc(line)).append("</li>"));
            html.append("</ul></td></tr>");
        }
        html.append("</table>");
    }

    private static void quotes(StringBuilder html, Dossier dossier) {
        var bySpeaker = QuotesBySpeaker.of(dossier);
        if (bySpeaker.isEmpty()) {
            return;
        }
        html.append("<h2>Quotes by speaker</h2>");
        bySpeaker.forEach((speaker, quotes) -> {
            html.append("<h3>").append(esc(speaker)).append("</h3><ul>");
            for (QuotesBySpeaker.Said said : quotes) {
                var quote = said.quote();
                html.append("<li><a href=\"#").append(anchorOf(quote.span())).append("\">")
                        .append(quote.direct() ? "“" + esc(quote.span().text().strip()) + "”"
                                : (quote.kind() == Quote.Kind.STANCE ? "(stance) " : "(reported) ")
                                + esc(quote.span().text().strip()))
                        .append("</a>").append(quote.cueVerb() != null ? " — " + esc(quote.cueVerb()) : "")
                        .append("</li>");
            }
            html.append("</ul>");
        });
    }

    private static void document(StringBuilder html, DocumentAnalysis analysis) {
        Document doc = analysis.document();
        html.append("<section id=\"doc-").append(doc.id()).append("\"><h2>").append(esc(Labels.of(doc))).append("</h2>");
        html.append("<table class=\"meta\">");
        row(html, "id", doc.id());
        row(html, "source", doc.source());
        row(html, "published", doc.published() != null ? doc.published().iso() : "unknown");
        row(html, "outlet", doc.outlet() != null ? doc.outlet() : "unknown");
        row(html, "wire agency", (doc.wireAgency() != null ? doc.wireAgency() : "unknown")
                + (doc.wireSignals().isEmpty() ? "" : " — " + String.join("; ", doc.wireSignals())));
        if (doc.byline() != null) {
            row(html, "byline", doc.byline());
        }
        if (doc.dateline() != null) {
            row(html, "dateline", doc.dateline());
        }
        doc.credits().forEach(credit -> row(html, credit.role() + " by", String.join(", ", credit.names())));
        html.append("</table>");

        html.append("<h3>Entities</h3><table><tr><th>name</th><th>type</th><th>mentions</th><th>also called</th><th>described as</th></tr>");
        for (Entity entity : analysis.entities()) {
            html.append("<tr><td>").append(esc(entity.canonicalName())).append("</td><td>").append(entity.type())
                    .append("</td><td>").append(entity.mentions().size()).append("</td><td>")
                    .append(esc(String.join(", ", entity.aliases()))).append("</td><td>")
                    .append(esc(String.join("; ", entity.descriptions()))).append("</td></tr>");
        }
        html.append("</table>");

        html.append("<h3>Text</h3><div class=\"text\">").append(markedText(analysis)).append("</div></section>");
    }

    /** The clean text with mentions and dates marked and removed stretches shown where they were cut. */
    private static String markedText(DocumentAnalysis analysis) {
        Document doc = analysis.document();
        record Mark(int begin, int end, String open, String close) {}
        List<Mark> marks = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            for (Span span : entity.mentions()) {
                marks.add(new Mark(span.begin(), span.end(), "<mark class=\"entity\" title=\"" + esc(entity.canonicalName())
                        + " (" + entity.type() + ")\">", "</mark>"));
            }
        }
        for (TimeRef time : analysis.times()) {
            marks.add(new Mark(time.span().begin(), time.span().end(), "<mark class=\"time\" id=\"" + anchorOf(time.span())
                    + "\" title=\"" + esc(time.normalized() != null ? time.normalized() : "unknown")
                    + (time.anchored() ? "" : " (unanchored)") + "\">", "</mark>"));
        }
        for (var claim : analysis.claims()) {
            marks.add(new Mark(claim.span().begin(), claim.span().end(), "<mark class=\"figure\" id=\"" + anchorOf(claim.span())
                    + "\" title=\"" + esc(ClaimRows.Row.orEmpty(claim.measure()) + " " + Intervals.format(claim.value()))
                    + "\">", "</mark>"));
        }
        for (var quote : analysis.quotes()) {
            marks.add(new Mark(quote.span().begin(), quote.span().begin(), "<a id=\"" + anchorOf(quote.span()) + "\"></a>", ""));
        }
        analysis.events().stream().flatMap(event -> event.evidence().stream()).distinct().forEach(span ->
                marks.add(new Mark(span.begin(), span.begin(), "<a id=\"" + anchorOf(span) + "\"></a>", "")));
        for (RemovedSpan removed : doc.removed()) {
            if (removed.reason() != RemovalReason.BLANK_SPACE) {
                marks.add(new Mark(removed.cleanOffset(), removed.cleanOffset(), "<del class=\"removed\" data-reason=\""
                        + removed.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "\">"
                        + esc(removed.text().strip()) + "</del>", ""));
            }
        }
        // At one offset: anchors and cut markers (zero width) first, then the longer mark.
        marks.sort(Comparator.comparingInt(Mark::begin).thenComparing(m -> m.end() > m.begin())
                .thenComparing(m -> -m.end()));
        StringBuilder text = new StringBuilder();
        String clean = doc.cleanText();
        int position = 0;
        for (Mark mark : marks) {
            if (mark.begin() < position) {
                continue; // overlapping marks: the first one wins
            }
            text.append(esc(clean.substring(position, mark.begin()))).append(mark.open())
                    .append(esc(clean.substring(mark.begin(), mark.end()))).append(mark.close());
            position = mark.end();
        }
        text.append(esc(clean.substring(position)));
        return text.toString();
    }

    private static String anchorOf(Span span) {
        return "s-" + span.documentId() + "-" + span.begin();
    }

    private static void row(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }
}

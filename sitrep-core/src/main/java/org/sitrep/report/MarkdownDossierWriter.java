package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Document;
import org.sitrep.model.Dossier;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.SkippedInput;
import org.sitrep.model.TimeRef;

/** A dossier an analyst reads in any text viewer: documents and their sourcing, entities, dates, figures compared. */
public final class MarkdownDossierWriter implements DossierWriter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String fileName() {
        return "dossier.md";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Situation dossier\n\n");
        md.append(dossier.documents().size()).append(" document(s), generated ").append(dossier.generatedAt()).append(".\n\n");
        if (!dossier.skipped().isEmpty()) {
            md.append("## Skipped inputs\n\n");
            for (SkippedInput skipped : dossier.skipped()) {
                md.append("- `").append(skipped.source()).append("`: ").append(skipped.problem()).append('\n');
            }
            md.append('\n');
        }
        SituationSummary.markdown(md, dossier);
        stories(md, dossier);
        md.append("## Timeline\n\n");
        var timeline = Timeline.of(dossier.documents());
        if (timeline.isEmpty()) {
            md.append("No anchored dates.\n\n");
        } else {
            md.append("| date | as written | sentence | document |\n|---|---|---|---|\n");
            for (Timeline.Entry entry : timeline) {
                md.append("| ").append(entry.date()).append(" | ").append(cell(entry.time().text())).append(" | ")
                        .append(cell(Sentences.around(entry.from().document().cleanText(), entry.time().span()))).append(" | ")
                        .append(cell(Labels.of(entry.from().document()))).append(" |\n");
            }
            md.append('\n');
        }
        events(md, dossier);
        figures(md, dossier);
        figuresCompared(md, dossier);
        acrossReports(md, dossier);
        places(md, dossier);
        quotes(md, dossier);
        for (DocumentAnalysis analysis : dossier.documents()) {
            document(md, analysis);
        }
        out.write(md.toString());
    }

    /** The events on a timeline: dated ones in calendar order, then the undated, each with its sources and sentence. */
    private static void events(StringBuilder md, Dossier dossier) {
        md.append("## Events\n\n");
        var rows = EventRows.of(dossier);
        if (rows.isEmpty()) {
            md.append("No events found.\n\n");
            return;
        }
        md.append("| date | event | actors | place | fatalities | sources | reported in |\n|---|---|---|---|---|---|---|\n");
        for (EventRows.Row row : rows) {
            md.append("| ").append(cell(row.date())).append(" | ").append(cell(row.what())).append(" | ")
                    .append(cell(row.actors())).append(" | ").append(cell(row.place())).append(" | ")
                    .append(row.fatalities()).append(" | ").append(cell(row.merged().independentSources() + ": "
                            + row.sources())).append(" | ").append(cell(row.notes())).append(" |\n");
        }
        md.append('\n');
    }

    private static void stories(StringBuilder md, Dossier dossier) {
        md.append("## Stories\n\n");
        var rows = StoryRows.of(dossier);
        if (rows.isEmpty()) {
            md.append("No stories.\n\n");
            return;
        }
        md.append("| story | dates | places | documents |\n|---|---|---|---|\n");
        for (StoryRows.Row row : rows) {
            md.append("| ").append(cell(java.util.Objects.toString(row.story().label(), ""))).append(" | ").append(row.dates()).append(" | ")
                    .append(cell(String.join(", ", row.story().places()))).append(" | ")
                    .append(cell(row.members().stream().map(m -> Labels.of(m.document())).collect(Collectors.joining("; "))))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void places(StringBuilder md, Dossier dossier) {
        md.append("## Places\n\n");
        var rows = PlaceRows.resolved(dossier);
        if (rows.isEmpty()) {
            md.append("No places placed on the map.\n\n");
        } else {
            md.append("| place | latitude, longitude | kind | as written | mentions | confidence | relative locations |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (PlaceRows.Row row : rows) {
                md.append("| ").append(cell(row.place().name())).append(" | ").append(row.coordinates()).append(" | ")
                        .append(cell(row.kind())).append(" | ").append(cell(String.join(", ", row.asWritten())))
                        .append(" | ").append(row.mentions()).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", row.confidence())).append(" | ")
                        .append(cell(String.join("; ", row.relations()))).append(" |\n");
            }
            md.append('\n');
        }
        var unresolved = PlaceRows.unresolved(dossier);
        if (!unresolved.isEmpty()) {
            md.append("Not placed (no gazetteer entry fits): ").append(cell(String.join(", ", unresolved))).append("\n\n");
        }
    }

    private static void figures(StringBuilder md, Dossier dossier) {
        md.append("## Figures\n\n");
        var rows = ClaimRows.of(dossier);
        if (rows.isEmpty()) {
            md.append("No figures.\n\n");
            return;
        }
        md.append("| as written | interval | measure | object | place | time | claimed by | outlet | sentence |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (ClaimRows.Row row : rows) {
            var claim = row.claim();
            md.append("| ").append(cell(claim.asWritten())).append(" | ").append(row.interval()).append(" | ")
                    .append(cell(ClaimRows.Row.orEmpty(claim.measure()))).append(" | ")
                    .append(cell(ClaimRows.Row.orEmpty(claim.object()))).append(" | ").append(cell(row.place()))
                    .append(" | ").append(cell(row.time())).append(" | ").append(cell(row.claimedBy())).append(" | ")
                    .append(cell(row.outlet())).append(" | ").append(cell(row.sentence())).append(" |\n");
        }
        md.append('\n');
    }

    private static void figuresCompared(StringBuilder md, Dossier dossier) {
        md.append("## Figures compared\n\n");
        var rows = ClaimGroupRows.of(dossier);
        if (rows.isEmpty()) {
            md.append("No figures to compare.\n\n");
            return;
        }
        md.append("| figures of | verdict | reasoning | independent sources | lineage | figures (claimed by, document: sentence) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (ClaimGroupRows.Row row : rows) {
            md.append("| ").append(cell(row.about())).append(" | ").append(row.verdict()).append(" | ")
                    .append(cell(ClaimRows.Row.orEmpty(row.group().reasoning()))).append(" | ").append(cell(row.sources()))
                    .append(" | ").append(cell(row.lineage())).append(" | ").append(cell(row.members().stream()
                            .map(member -> "“" + member.claim().asWritten() + "” (" + member.claimedBy() + ", "
                                    + Labels.of(member.from().document()) + "): " + member.sentence())
                            .collect(Collectors.joining("<br>"))))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void acrossReports(StringBuilder md, Dossier dossier) {
        md.append("## People and organisations across reports\n\n");
        var rows = CrossDocumentEntityRows.of(dossier);
        if (rows.isEmpty()) {
            md.append("No person or organisation is named by more than one report.\n\n");
            return;
        }
        md.append("| name | type | also called | reports | why one |\n|---|---|---|---|---|\n");
        for (CrossDocumentEntityRows.Row row : rows) {
            md.append("| ").append(cell(row.entity().canonicalName())).append(" | ").append(row.entity().type())
                    .append(" | ").append(cell(String.join(", ", row.entity().aliases()))).append(" | ")
                    .append(cell(row.documents().stream().map(a -> Labels.of(a.document())).collect(Collectors.joining("; "))))
                    .append(" | ").append(cell(String.join("<br>", row.evidence()))).append(" |\n");
        }
        md.append('\n');
    }

    private static void quotes(StringBuilder md, Dossier dossier) {
        var bySpeaker = QuotesBySpeaker.of(dossier);
        if (bySpeaker.isEmpty()) {
            return;
        }
        md.append("## Quotes by speaker\n\n");
        bySpeaker.forEach((speaker, quotes) -> {
            md.append("### ").append(speaker).append("\n\n");
            for (QuotesBySpeaker.Said said : quotes) {
                md.append("- ").append(said.quote().direct() ? "“" + said.quote().span().text().strip() + "”"
                        : (said.quote().kind() == Quote.Kind.STANCE ? "(stance) " : "(reported) ")
                        + said.quote().span().text().strip());
                if (said.quote().cueVerb() != null) {
                    md.append(" — ").append(said.quote().cueVerb());
                }
                md.append(" (").append(Labels.of(said.from().document())).append(")\n");
            }
            md.append('\n');
        });
    }

    private static void document(StringBuilder md, DocumentAnalysis analysis) {
        Document doc = analysis.document();
        md.append("## ").append(Labels.of(doc)).append("\n\n");
        md.append("- id: `").append(doc.id()).append("`\n");
        md.append("- source: `").append(doc.source()).append("`\n");
        md.append("- published: ").append(doc.published() != null ? doc.published().iso() : "unknown").append('\n');
        md.append("- outlet: ").append(orUnknown(doc.outlet())).append('\n');
        md.append("- wire agency: ").append(orUnknown(doc.wireAgency()));
        if (!doc.wireSignals().isEmpty()) {
            md.append(" (signals: ").append(String.join("; ", doc.wireSignals())).append(')');
        }
        md.append('\n');
        if (doc.byline() != null) {
            md.append("- byline: ").append(doc.byline()).append('\n');
        }
        if (doc.dateline() != null) {
            md.append("- dateline: ").append(doc.dateline()).append('\n');
        }
        doc.credits().forEach(credit -> md.append("- ").append(credit.role()).append(" by ")
                .append(String.join(", ", credit.names())).append('\n'));
        md.append('\n');

        md.append("### Entities\n\n| name | type | mentions | also called | described as |\n|---|---|---|---|---|\n");
        for (Entity entity : analysis.entities()) {
            md.append("| ").append(cell(entity.canonicalName())).append(" | ").append(entity.type()).append(" | ")
                    .append(entity.mentions().size()).append(" | ").append(cell(String.join(", ", entity.aliases())))
                    .append(" | ").append(cell(String.join("; ", entity.descriptions()))).append(" |\n");
        }
        md.append("\n### Time expressions\n\n| as written | value | anchored to |\n|---|---|---|\n");
        for (TimeRef time : analysis.times()) {
            md.append("| ").append(cell(time.text())).append(" | ").append(time.normalized() != null ? time.normalized() : "unknown")
                    .append(" | ").append(time.anchored() ? time.anchor().toString() : "unanchored").append(" |\n");
        }
        md.append("\n### Removed by cleaning\n\n");
        var removed = analysis.document().removed().stream().filter(r -> r.reason() != RemovalReason.BLANK_SPACE).toList();
        if (removed.isEmpty()) {
            md.append("Nothing.\n");
        }
        for (RemovedSpan span : removed) {
            md.append("- ").append(span.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(": `").append(span.text().strip().replace("`", "'")).append("`\n");
        }
        md.append("\n### Clean text\n\n");
        md.append(doc.cleanText().lines().map(line -> line.isBlank() ? "" : "> " + line)
                .collect(Collectors.joining("\n"))).append("\n\n");
    }

    private static String orUnknown(String value) {
        return value != null ? value : "unknown";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

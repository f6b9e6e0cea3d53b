package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.Lineage;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;

/**
 * The sitrep draft an information officer starts from: per story, its key figures with the sources' verdict, the
 * places, who said what and the dated developments, each line ending with its evidence (report and character span)
 * so the draft can be checked against the articles before it goes out. Only what the dossier holds is said.
 */
final class SituationSummary {

    /** How many lines each part keeps: a summary, not the dossier again. */
    private static final int KEY_FIGURES = 8;
    private static final int SPEAKERS = 6;
    private static final int DEVELOPMENTS = 8;
    private static final int EVENTS = 12;
    private static final int PLACES = 12;

    /**
     * Measures in the order a humanitarian sitrep gives them: lives first, then people forced to move or stuck, then
     * the rest. A measure not listed comes after these.
     */
    private static final List<String> MEASURE_ORDER = List.of("killed", "wounded", "missing", "cases", "displaced",
            "fled", "stranded", "refugees_hosted", "in_camps", "besieged", "affected", "evacuated", "rescued",
            "arrested", "strikes", "buildings", "population");
    /** Stock figures (distances, money, the unclassified) are background, not the situation. */
    private static final Set<String> BACKGROUND = Set.of("distance", "money", "other");

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

    private SituationSummary() {}

    /**
     * The summary as HTML, for the HTML dossier: the Markdown rendered by commonmark, the reports' words escaped
     * (a report's text is never markup).
     */
    static String html(Dossier dossier) {
        StringBuilder md = new StringBuilder();
        markdown(md, dossier);
        return HTML.render(MARKDOWN.parse(md.toString()));
    }

    static void markdown(StringBuilder md, Dossier dossier) {
        if (dossier.stories().isEmpty()) {
            return;
        }
        Map<String, DocumentAnalysis> byId = new LinkedHashMap<>();
        dossier.documents().forEach(doc -> byId.put(doc.document().id(), doc));
        List<ClaimGroupRows.Row> groups = ClaimGroupRows.of(dossier);
        md.append("## Situation summary (draft)\n\n");
        for (Story story : dossier.stories()) {
            List<DocumentAnalysis> members = story.members().stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            md.append("### ").append(story.label() == null ? "Story" : story.label()).append("\n\n");
            md.append(members.size()).append(" report(s)").append(dates(story)).append(": ")
                    .append(members.stream().map(m -> Labels.of(m.document())).collect(Collectors.joining("; ")))
                    .append(".\n\n");
            keyFigures(md, groups, story);
            if (!story.places().isEmpty()) {
                md.append("**Places:** ").append(String.join(", ", story.places().stream().limit(PLACES).toList()))
                        .append(story.places().size() > PLACES ? ", …\n\n" : ".\n\n");
            }
            whoSaidWhat(md, members);
            events(md, dossier, story);
            developments(md, members);
        }
    }

    private static String dates(Story story) {
        if (story.from() == null) {
            return ", undated";
        }
        return story.from().equals(story.to()) ? ", " + story.from() : ", " + story.from() + " to " + story.to();
    }

    private static void keyFigures(StringBuilder md, List<ClaimGroupRows.Row> all, Story story) {
        Set<String> members = Set.copyOf(story.members());
        List<ClaimGroupRows.Row> groups = all.stream()
                .filter(row -> !BACKGROUND.contains(row.group().measure()))
                .filter(row -> row.members().stream().anyMatch(m -> members.contains(m.from().document().id())))
                // figures several sources give first (what the reports agree or disagree on), then by measure
                .sorted(Comparator.comparingInt((ClaimGroupRows.Row row) -> row.group().independentSources()).reversed()
                        .thenComparingInt(row -> rank(row.group().measure())))
                .limit(KEY_FIGURES)
                .toList();
        if (groups.isEmpty()) {
            return;
        }
        md.append("**Key figures**\n\n");
        for (ClaimGroupRows.Row row : groups) {
            ClaimGroup group = row.group();
            md.append("- ").append(row.what()).append(": ")
                    .append(row.members().stream().map(m -> "“" + m.claim().asWritten() + "” ("
                                    + claimedBy(group, m.claim()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(" — ").append(row.verdict()).append(", ").append(group.independentSources())
                    .append(" independent source(s). Evidence: ")
                    .append(row.members().stream().map(m -> evidence(m.from(), m.claim().span()))
                            .collect(Collectors.joining("; ")))
                    .append('\n');
        }
        md.append('\n');
    }

    private static int rank(String measure) {
        int at = MEASURE_ORDER.indexOf(measure);
        return at < 0 ? MEASURE_ORDER.size() : at;
    }

    /**
     * Who a figure counts for once linked (the organisation a spokeswoman speaks for, the named source a report's
     * own lede restates), with who wrote or said it when that differs: "Office for the Coordination of
     * Humanitarian Affairs (via Linda Tom)".
     */
    private static String claimedBy(ClaimGroup group, Claim claim) {
        String written = claimedBy(claim);
        String linked = group.lineage() == null ? null : group.lineage().sightings().stream()
                .filter(sighting -> claim.span().equals(sighting.span())).map(Lineage.Sighting::source)
                .findFirst().orElse(null);
        return linked == null || written.startsWith(linked) ? written : linked + " (via " + written + ")";
    }

    private static String claimedBy(Claim claim) {
        var attribution = claim.attribution();
        if (attribution == null) {
            return "unattributed";
        }
        if (attribution.source() != null && attribution.source().name() != null) {
            return attribution.source().name();
        }
        String carrier = attribution.wireAgency() != null ? attribution.wireAgency() : attribution.outlet();
        return carrier == null ? "unattributed" : carrier + ", unattributed";
    }

    /** The speakers quoted most, each with their first words on record. */
    private static void whoSaidWhat(StringBuilder md, List<DocumentAnalysis> members) {
        Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
        for (DocumentAnalysis member : members) {
            for (Quote quote : member.quotes()) {
                if (quote.speaker() != null && quote.speaker().name() != null) {
                    bySpeaker.computeIfAbsent(quote.speaker().name(), k -> new ArrayList<>()).add(new Said(member, quote));
                }
            }
        }
        if (bySpeaker.isEmpty()) {
            return;
        }
        md.append("**Who said what**\n\n");
        bySpeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Said>> e) -> e.getValue().size()).reversed())
                .limit(SPEAKERS)
                .forEach(e -> {
                    Said first = telling(e.getValue());
                    String words = abridged(first.quote().span().text()).replaceAll("^[“”\"]+|[“”\",]+$", "");
                    md.append("- ").append(e.getKey()).append(" (").append(e.getValue().size()).append(" quote(s)): ")
                            .append(first.quote().direct() ? "“" + words + "”" : "(reported) " + words).append(" — ")
                            .append(evidence(first.from(), first.quote().span())).append('\n');
                });
        md.append('\n');
    }

    private record Said(DocumentAnalysis from, Quote quote) {}

    /**
     * The speaker's words that say most: their first direct quote of a full clause (six words or more), else the
     * longest thing they are reported to have said. A two-word scare quote ("laughable") says little alone.
     */
    private static Said telling(List<Said> said) {
        return said.stream()
                .filter(s -> s.quote().direct() && s.quote().span().text().strip().split("\\s+").length >= 6)
                .findFirst()
                .orElseGet(() -> said.stream()
                        .max(Comparator.comparingInt(s -> s.quote().span().end() - s.quote().span().begin()))
                        .orElseThrow());
    }

    /**
     * The story's events on a timeline (dated first, earliest first): what happened, who, where, with how many
     * independent sources, and the reports and spans that say so.
     */
    private static void events(StringBuilder md, Dossier dossier, Story story) {
        Set<String> members = Set.copyOf(story.members());
        List<EventRows.Row> rows = EventRows.of(dossier.events().stream()
                .filter(merged -> merged.event().documentIds().stream().anyMatch(members::contains)).toList());
        if (rows.isEmpty()) {
            return;
        }
        Map<String, DocumentAnalysis> byId = new LinkedHashMap<>();
        dossier.documents().forEach(doc -> byId.put(doc.document().id(), doc));
        md.append("**Events**\n\n");
        for (EventRows.Row row : rows.stream().limit(EVENTS).toList()) {
            md.append("- ").append(row.date()).append(": ").append(row.what()).append(" — ").append(row.actors());
            if (!row.place().isEmpty()) {
                md.append(", ").append(row.place());
            }
            if (!row.fatalities().isEmpty()) {
                md.append(", ").append(row.fatalities()).append(" killed");
            }
            md.append(" (").append(row.merged().independentSources()).append(" source(s): ").append(row.sources())
                    .append(") — ").append(row.event().evidence().stream()
                            .map(span -> evidence(byId.get(span.documentId()), span)).collect(Collectors.joining(" ")))
                    .append('\n');
        }
        if (rows.size() > EVENTS) {
            md.append("- … and ").append(rows.size() - EVENTS).append(" more in Events below\n");
        }
        md.append('\n');
    }

    /** Anchored dates inside the story, earliest first, each with the sentence that gives it. */
    private static void developments(StringBuilder md, List<DocumentAnalysis> members) {
        List<Timeline.Entry> dated = Timeline.of(members).stream()
                .filter(entry -> entry.date().length() == "2016-02-05".length())
                .limit(DEVELOPMENTS)
                .toList();
        if (dated.isEmpty()) {
            return;
        }
        md.append("**Dated developments**\n\n");
        for (Timeline.Entry entry : dated) {
            md.append("- ").append(entry.date()).append(": ")
                    .append(abridged(Sentences.around(entry.from().document().cleanText(), entry.time().span())))
                    .append(" — ").append(evidence(entry.from(), entry.time().span())).append('\n');
        }
        md.append('\n');
    }

    private static String evidence(DocumentAnalysis from, Span span) {
        return "[" + Labels.of(from.document()) + ", chars " + span.begin() + "–" + span.end() + "]";
    }

    private static String abridged(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 240 ? flat : flat.substring(0, 239) + "…";
    }
}

package org.sitrep.serve;

import java.util.List;
import java.util.function.Function;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.Quote;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.Span;
import org.sitrep.report.ClaimGroupRows;
import org.sitrep.report.ClaimRows;
import org.sitrep.report.Labels;
import org.sitrep.report.Sentences;
import org.sitrep.report.StoryRows;
import org.sitrep.report.Timeline;

/**
 * The JSON shapes of the API's items: what the page shows, each with its {@link Evidence} (document, span and
 * the sentence around it) so a reader can open the article at the words the item came from.
 */
final class Views {

    private Views() {}

    /** Where an item comes from: its span, and the sentence around it (the page highlights that sentence). */
    record Evidence(String documentId, int begin, int end, String text, int sentenceBegin, int sentenceEnd,
                    String sentence) {
        static Evidence of(Document document, Span span) {
            Span sentence = Sentences.containing(document.cleanText(), span);
            return new Evidence(span.documentId(), span.begin(), span.end(), span.text(), sentence.begin(),
                    sentence.end(), sentence.text());
        }
    }

    /** @param label how the page names the report: its title, else the opening words of its lede */
    record DocumentSummary(String id, String title, String label, String outlet, String wireAgency, String published,
                           String source, String url, int figures, int quotes, List<String> stories) {
        static DocumentSummary of(DocumentAnalysis analysis, List<String> stories) {
            Document d = analysis.document();
            return new DocumentSummary(d.id(), d.title(), Labels.of(d), d.outlet(), d.wireAgency(),
                    d.published() == null ? null : d.published().iso(), d.source(), d.url(),
                    analysis.claims().size(), analysis.quotes().size(), stories);
        }
    }

    /** A document to read: its clean text (every span points into it) and what cleaning cut out. */
    record DocumentText(String id, String title, String label, String outlet, String wireAgency, String byline,
                        String dateline, String published, String source, String url, String language,
                        String cleanText, List<RemovedSpan> removed, List<String> stories) {
        static DocumentText of(DocumentAnalysis analysis, List<String> stories) {
            Document d = analysis.document();
            return new DocumentText(d.id(), d.title(), Labels.of(d), d.outlet(), d.wireAgency(), d.byline(), d.dateline(),
                    d.published() == null ? null : d.published().iso(), d.source(), d.url(), d.language(),
                    d.cleanText(), d.removed(), stories);
        }
    }

    record StoryView(String id, String label, String dates, String from, String to, List<String> places,
                     List<DocumentSummary> documents) {
        static StoryView of(StoryRows.Row row, ScopedDossier scope) {
            var story = row.story();
            return new StoryView(story.id(), story.label(), row.dates(),
                    story.from() == null ? null : story.from().toString(),
                    story.to() == null ? null : story.to().toString(), story.places(),
                    row.members().stream().map(m -> DocumentSummary.of(m, scope.storiesOf(m.document().id()))).toList());
        }
    }

    /** One figure: as written, as an interval, who claims it, and how its group was judged. */
    record Figure(String asWritten, String interval, Double low, Double high, String qualifier, String measure,
                  String object, String place, String time, String claimedBy, String outlet, List<String> hedges,
                  String group, String verdict, Integer independentSources, Evidence evidence) {
        static Figure of(ClaimRows.Row row, ClaimGroup group) {
            Claim claim = row.claim();
            return new Figure(claim.asWritten(), row.interval(), claim.value() == null ? null : claim.value().low(),
                    claim.value() == null ? null : claim.value().high(), claim.qualifier(), claim.measure(),
                    claim.object(), row.place(), row.time(), row.claimedBy(), row.outlet(), claim.hedges(),
                    group == null ? null : group.id(), group == null ? null : ClaimGroupRows.verdict(group),
                    group == null ? null : group.independentSources(),
                    Evidence.of(row.from().document(), claim.span()));
        }
    }

    record FigureGroup(String id, String about, String measure, String object, String place, String period,
                       String verdict, int independentSources, List<String> sources, String reasoning,
                       List<Figure> figures) {
        static FigureGroup of(ClaimGroupRows.Row row) {
            ClaimGroup g = row.group();
            return new FigureGroup(g.id(), row.about(), g.measure(), g.object(), g.place(), g.period(), row.verdict(),
                    g.independentSources(), g.sources(), g.reasoning(),
                    row.members().stream().map(member -> Figure.of(member, g)).toList());
        }
    }

    record SaidBy(String speaker, List<Said> quotes) {}

    /** @param kind direct (the speaker's words), indirect (reported speech) or stance ("endorsed Cruz") */
    record Said(String text, boolean direct, String kind, String cueVerb, List<String> attributionChain, String outlet,
                Evidence evidence) {
        static Said of(DocumentAnalysis from, Quote quote) {
            Document d = from.document();
            return new Said(quote.span().text(), quote.direct(), quote.kind().name().toLowerCase(java.util.Locale.ROOT),
                    quote.cueVerb(), quote.attributionChain(), d.outlet(), Evidence.of(d, quote.span()));
        }
    }

    /** A line of the timeline: an event when the reports give events, else a dated mention. */
    record TimelineRow(String date, String kind, String text, String outlet, Evidence evidence) {
        static TimelineRow of(Timeline.Entry entry) {
            // the sentence says what happened then; the date expression alone ("2011") repeats the date column
            Document d = entry.from().document();
            Evidence evidence = Evidence.of(d, entry.time().span());
            return new TimelineRow(entry.date(), "date", evidence.sentence(), d.outlet(), evidence);
        }

        static TimelineRow of(EventView event) {
            return new TimelineRow(event.date(), "event", event.type() + (event.place() == null ? "" : " in "
                    + event.place()), String.join(", ", event.sources()),
                    event.evidence().isEmpty() ? null : event.evidence().get(0));
        }
    }

    /** One event as the reports tell it, merged across reports, with how many independent sources stand behind it. */
    record EventView(String id, String type, String subType, String actor1, String actor2, String place,
                     Double latitude, Double longitude, String date, String fatalities, int independentSources,
                     List<String> sources, String reasoning, List<Evidence> evidence, List<String> documentIds) {
        static EventView of(MergedEvent merged, Function<String, Document> documents) {
            Event event = merged.event();
            var resolved = event.place() == null ? null : event.place().resolved();
            return new EventView(merged.id(), event.type(), event.subType(),
                    event.actor1() == null ? null : event.actor1().name(),
                    event.actor2() == null ? null : event.actor2().name(),
                    event.place() == null ? null : resolved != null ? resolved.name() : event.place().span().text(),
                    resolved == null ? null : resolved.latitude(), resolved == null ? null : resolved.longitude(),
                    event.time() == null ? null : event.time().normalized(),
                    event.fatalities().isEmpty() ? null : event.fatalities().stream().map(Claim::asWritten)
                            .collect(java.util.stream.Collectors.joining("; ")),
                    merged.independentSources(), merged.sources(), merged.reasoning(),
                    event.evidence().stream().map(span -> Evidence.of(documents.apply(span.documentId()), span))
                            .toList(),
                    event.documentIds());
        }
    }

}

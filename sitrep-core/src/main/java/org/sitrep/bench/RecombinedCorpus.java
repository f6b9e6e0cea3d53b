package org.sitrep.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeRef;

/**
 * Many documents made from few analysed real ones, for benchmarking storage and search at a scale CoreNLP
 * cannot reach in a benchmark's time: each generated document is a seeded draw of real sentences, and
 * carries the real extractions (entity mentions, times, quotes, claims) found in those sentences, moved to
 * their new offsets. Extractions reaching outside their sentence keep only what lies inside it.
 */
final class RecombinedCorpus {

    /** A sentence end followed by what starts a sentence; good enough to cut news prose into pieces. */
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][\"”’]?(?=\\s+[\"“A-Z0-9])|$)", Pattern.MULTILINE);
    private static final List<String> OUTLETS = List.of("AFP", "Reuters", "Al Jazeera", "BBC", "Anadolu", "AP");

    private final List<Piece> pieces = new ArrayList<>();
    private final LocalDate firstDay = LocalDate.of(2016, 2, 1);

    /** One real sentence with what was extracted from it, offsets relative to the sentence. */
    private record Piece(String text, List<Named> mentions, List<TimeRef> times, List<Quote> quotes, List<Claim> claims) {}

    private record Named(String name, EntityType type, int begin, int end) {}

    RecombinedCorpus(List<DocumentAnalysis> analysed) {
        for (DocumentAnalysis analysis : analysed) {
            String text = analysis.document().cleanText();
            Matcher sentence = SENTENCE.matcher(text);
            while (sentence.find()) {
                int begin = sentence.start();
                int end = sentence.end();
                if (end - begin >= 30) {
                    pieces.add(piece(analysis, text.substring(begin, end), begin, end));
                }
            }
        }
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no sentences in the base corpus");
        }
    }

    int sentences() {
        return pieces.size();
    }

    private static Piece piece(DocumentAnalysis analysis, String text, int begin, int end) {
        Shift shift = new Shift(begin, end, -begin, "");
        List<Named> mentions = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            for (Span mention : entity.mentions()) {
                if (shift.inside(mention)) {
                    mentions.add(new Named(entity.canonicalName(), entity.type(), mention.begin() - begin, mention.end() - begin));
                }
            }
        }
        return new Piece(text, mentions,
                analysis.times().stream().filter(t -> shift.inside(t.span())).map(shift::time).toList(),
                analysis.quotes().stream().filter(q -> shift.inside(q.span())).map(shift::quote).toList(),
                analysis.claims().stream().filter(c -> shift.inside(c.span())).map(shift::claim).toList());
    }

    /** The {@code index}-th generated document: the same index gives the same document. */
    DocumentAnalysis document(int index) {
        Random random = new Random(index * 7919L + 17);
        StringBuilder text = new StringBuilder();
        String title = "Report " + index + ": " + headline(pieces.get(random.nextInt(pieces.size())).text());
        text.append(title).append("\n\n");
        int count = 6 + random.nextInt(9);
        List<int[]> placed = new ArrayList<>(); // piece index, offset
        for (int s = 0; s < count; s++) {
            int p = random.nextInt(pieces.size());
            placed.add(new int[] {p, text.length()});
            text.append(pieces.get(p).text()).append(s % 4 == 3 ? "\n\n" : " ");
        }
        String clean = text.toString().strip();
        String id = ContentHash.of(clean);
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<TimeRef> times = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int[] at : placed) {
            Piece piece = pieces.get(at[0]);
            Shift shift = new Shift(0, piece.text().length(), at[1], id);
            for (Named named : piece.mentions()) {
                mentions.computeIfAbsent(named.name(), key -> new ArrayList<>())
                        .add(new Span(id, at[1] + named.begin(), at[1] + named.end(), clean.substring(at[1] + named.begin(), at[1] + named.end())));
                types.putIfAbsent(named.name(), named.type());
            }
            piece.times().forEach(t -> times.add(shift.time(t)));
            piece.quotes().forEach(q -> quotes.add(shift.quote(q)));
            piece.claims().forEach(c -> claims.add(shift.claim(c)));
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((name, spans) -> entities.add(new Entity(id + "#e" + entities.size(), name, types.get(name),
                List.of(), spans, List.of(), null)));
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        Document document = new Document(id, "generated:" + index, null, outlet, null, List.of(), null, null, List.of(),
                new PublicationDate(firstDay.plusDays(random.nextInt(60)), null, "generated"), "en", title, clean, clean,
                List.of(), Instant.now());
        return new DocumentAnalysis(document, entities, times, List.of(), quotes, claims, List.of());
    }

    private static String headline(String sentence) {
        String[] words = sentence.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
    }

    /** Moves spans inside [{@code from}, {@code to}) by {@code delta} into document {@code id}; others become null. */
    private record Shift(int from, int to, int delta, String id) {
        boolean inside(Span span) {
            return span != null && span.begin() >= from && span.end() <= to;
        }

        Span span(Span span) {
            return inside(span) ? new Span(id, span.begin() + delta, span.end() + delta, span.text()) : null;
        }

        TimeRef time(TimeRef t) {
            return new TimeRef(span(t.span()), t.normalized(), t.type(), t.anchor(), t.anchored());
        }

        Speaker speaker(Speaker s) {
            return s == null ? null : new Speaker(null, s.name(), span(s.span()));
        }

        Quote quote(Quote q) {
            return new Quote(span(q.span()), q.direct(), speaker(q.speaker()), q.cueVerb(), q.attributionChain());
        }

        Claim claim(Claim c) {
            PlaceMention place = c.place() != null && inside(c.place().span())
                    ? new PlaceMention(span(c.place().span()), c.place().resolved(), c.place().confidence(), c.place().candidates())
                    : null;
            TimeRef time = c.time() != null && inside(c.time().span()) ? time(c.time()) : null;
            Attribution attribution = c.attribution() == null ? null
                    : new Attribution(speaker(c.attribution().source()), c.attribution().outlet(), c.attribution().wireAgency());
            return new Claim(span(c.span()), c.asWritten(), c.value(), c.qualifier(), c.unit(), c.measure(), c.object(),
                    place, time, attribution, c.hedges());
        }
    }
}

package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.claim.Quantity;
import org.sitrep.extract.claim.QuantityParser;
import org.sitrep.extract.claim.Token;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeRef;

/**
 * Claim reconciliation on the hand-annotated claim pairs ({@link ClaimPairs}): each pair's two figures become
 * claims in their real articles (the figure found in the text; its value read by sitrep's own quantity parser; its
 * measure, thing counted, place, source and time as annotated, like places resolved on gold toponyms), the
 * articles' claims are grouped by {@link ClaimGroups}, and the pair's predicted verdict is its group's verdict, or
 * "different" when the two figures end up in different groups. Reported: accuracy, accuracy per gold verdict and
 * the confusion matrix, on test (and dev, where the rules were developed), beside a baseline that groups by
 * measure and place alone and calls a pair corroborated when the numbers match, else conflicting.
 */
public final class ClaimPairsEvaluation implements Evaluation {

    private static final Pattern WORD = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\p{L}+(?:['’-]\\p{L}+)*|\\S");
    private static final QuantityParser QUANTITIES = new QuantityParser();

    @Override
    public String name() {
        return "claim-groups";
    }

    @Override
    public String description() {
        return "claim reconciliation: verdicts on hand-annotated pairs of figures from real GeoVirus and GeoWebNews articles";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        ClaimsArticles articles = new ClaimsArticles(shared);
        List<String[]> results = new ArrayList<>();
        for (ClaimPairs.Pair pair : ClaimPairs.load()) {
            results.add(new String[] {pair.split(), pair.verdict(), predict(pair, articles), baseline(pair), pair.id()});
        }
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String split : List.of("test", "dev")) {
            List<String[]> in = results.stream().filter(r -> r[0].equals(split)).toList();
            metrics.add(new Metric(split + " accuracy", accuracy(in, 2)));
            metrics.add(new Metric(split + " baseline accuracy", accuracy(in, 3)));
            for (String verdict : ClaimPairs.VERDICTS) {
                List<String[]> gold = in.stream().filter(r -> r[1].equals(verdict)).toList();
                if (!gold.isEmpty()) {
                    metrics.add(new Metric(split + " " + verdict + " (" + gold.size() + ")", accuracy(gold, 2)));
                }
            }
            notes.add(split + ": confusion matrix, rows gold, columns sitrep (" + String.join(", ", ClaimPairs.VERDICTS)
                    + ")");
            for (String gold : ClaimPairs.VERDICTS) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-14s", gold));
                for (String predicted : ClaimPairs.VERDICTS) {
                    row.append(String.format(Locale.ROOT, "%5d",
                            in.stream().filter(r -> r[1].equals(gold) && r[2].equals(predicted)).count()));
                }
                notes.add(row.toString());
            }
            in.stream().filter(r -> !r[1].equals(r[2]))
                    .forEach(r -> notes.add("  wrong: " + r[4] + " (" + r[1] + ", sitrep " + r[2] + ")"));
        }
        return new EvaluationReport(name(), "claim pairs (claim-pairs.jsonl, GeoVirus and GeoWebNews articles)",
                "test = SHA-256(pair id) first hex digit 8–f; dev 0–7", results.size(), metrics, notes);
    }

    private static double accuracy(List<String[]> results, int column) {
        return results.isEmpty() ? Double.NaN
                : results.stream().filter(r -> r[1].equals(r[column])).count() / (double) results.size();
    }

    /** The verdict sitrep gives the pair. */
    static String predict(ClaimPairs.Pair pair, ClaimsArticles articles) throws IOException {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Claim a = claim(pair.a(), articles, texts);
        Claim b = claim(pair.b(), articles, texts);
        claims.computeIfAbsent(pair.a().key(), k -> new ArrayList<>()).add(a);
        claims.computeIfAbsent(pair.b().key(), k -> new ArrayList<>()).add(b);
        List<DocumentAnalysis> documents = new ArrayList<>();
        claims.forEach((key, found) -> documents.add(DocumentAnalysis.empty(document(key, texts.get(key)))
                .withClaims(found)));
        List<ClaimGroup> groups = ClaimGroups.of(documents);
        Optional<ClaimGroup> both = groups.stream()
                .filter(group -> group.claims().contains(a) && group.claims().contains(b)).findFirst();
        return both.map(group -> group.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("different");
    }

    /** Same measure and place: corroborated when the numbers written match, else conflicting; otherwise different. */
    static String baseline(ClaimPairs.Pair pair) {
        if (!pair.a().measure().equals(pair.b().measure()) || !pair.a().place().equalsIgnoreCase(pair.b().place())) {
            return "different";
        }
        return number(pair.a().figure()).equals(number(pair.b().figure())) ? "corroborated" : "conflicting";
    }

    private static String number(String figure) {
        Matcher digits = Pattern.compile("\\d[\\d,]*").matcher(figure);
        return digits.find() ? digits.group().replace(",", "") : figure.toLowerCase(Locale.ROOT);
    }

    private static Claim claim(ClaimPairs.Figure figure, ClaimsArticles articles, Map<String, String> texts)
            throws IOException {
        String text = articles.text(figure.corpus(), figure.article());
        texts.put(figure.key(), text);
        String id = documentId(figure.key());
        int begin = -1;
        for (int i = 0; i < figure.occurrence(); i++) {
            begin = text.indexOf(figure.figure(), begin + 1);
            if (begin < 0) {
                throw new IllegalStateException("claim pairs: '" + figure.figure() + "' (occurrence "
                        + figure.occurrence() + ") is not in " + figure.key());
            }
        }
        Span span = Span.of(id, text, begin, begin + figure.figure().length());
        Quantity quantity = quantity(figure);
        Place place = new Place("annotated:" + figure.place().toLowerCase(Locale.ROOT), figure.place(), List.of(), 0, 0,
                "A", "ADM1", "", "", 0);
        PlaceMention mention = new PlaceMention(span, place, 1.0, List.of(place), null);
        TimeRef time = figure.time() == null ? null : new TimeRef(span, figure.time(), "DATE", null, false);
        Attribution attribution = figure.source().isBlank() ? null
                : new Attribution(new Speaker(null, figure.source(), span), null, null);
        List<String> hedges = new ArrayList<>(figure.hedges());
        return new Claim(span, figure.figure(), quantity.value(), quantity.qualifier(), quantity.unit(), figure.measure(),
                figure.object(), mention, time, attribution, hedges);
    }

    /** The figure's value as sitrep's quantity parser reads its words. */
    private static Quantity quantity(ClaimPairs.Figure figure) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(figure.figure());
        while (word.find()) {
            tokens.add(Token.plain(word.group(), word.start()));
        }
        return QUANTITIES.parse(tokens).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "claim pairs: no figure can be read in '" + figure.figure() + "' (" + figure.key() + ")"));
    }

    private static Document document(String key, String text) {
        return new Document(documentId(key), ClaimsArticles.DATA + "/" + key, null, null, null, List.of(), null, null,
                List.of(), null, "en", null, text, text, List.of(), Instant.EPOCH);
    }

    private static String documentId(String key) {
        return key.replace('#', '-');
    }
}

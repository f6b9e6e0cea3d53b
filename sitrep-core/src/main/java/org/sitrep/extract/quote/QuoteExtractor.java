package org.sitrep.extract.quote;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Quote;

/**
 * Direct quotes (in quote marks), indirect ones (reported speech) and stances ("endorsed Cruz", "called for a ban"),
 * each with its kind, speaker, cue and attribution chain (speaker → organisation → wire agency). Attribution comes
 * from {@link AttributionFinder} over the dependency parse; this class decides which quote marks hold a quote and
 * which attribution each quote has:
 * <ul>
 *   <li>a quote whose sentence(s) hold an attribution with its cue outside quote marks gets the attribution whose
 *       content overlaps it, else the one whose cue is nearest ("“…,” he said", "…, said X. “…”");</li>
 *   <li>a quote with no cue of its own, in the paragraph of a previous attribution or the next one, is the
 *       previous speaker's (a quote running on after "he said");</li>
 *   <li>a quote of one or two words is a quote only when an attribution's content takes it in ("dismissed as
 *       “laughable”", "said she was “appalled”"); otherwise it is a label or scare quote, not speech;</li>
 *   <li>headings in quote marks on a line of their own ({@link Crossheads}) are not quotes, and text in quote
 *       marks that no one is found to have said is left out;</li>
 *   <li>an attribution nested in another's content or inside a quote (speech reported by the speaker) is part of
 *       that content, not a quote of its own.</li>
 * </ul>
 */
public final class QuoteExtractor implements Extractor {

    private static final int MAX_LABEL_WORDS = 2;

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        List<Quote> quotes = new ArrayList<>();
        for (AttributedQuote found : attributedQuotes(annotated, soFar)) {
            if (found.brief()) {
                continue;
            }
            ReportedSpeech a = found.attribution();
            quotes.add(new Quote(found.content(), found.direct(), a.source(), a.cue(), chain(a, document), found.kind()));
        }
        return soFar.withQuotes(quotes);
    }

    /** Every quote with its attribution, in text order; the entities of {@code soFar} are the speakers. */
    public List<AttributedQuote> attributedQuotes(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        String text = document.cleanText();
        List<QuotedText> marks = QuoteMarks.find(text).stream().filter(q -> !Crossheads.isHeading(text, q)).toList();
        AttributionFinder finder = new AttributionFinder(document, soFar.entities());
        RecentSpeakers recent = new RecentSpeakers();
        List<ReportedSpeech> attributions = new ArrayList<>();
        for (CoreSentence sentence : annotated.nlp().sentences()) {
            attributions.addAll(outermost(finder.find(sentence, recent), marks));
        }
        return new QuoteAssignment(document, annotated.nlp().sentences(), marks, attributions).quotes();
    }

    /**
     * Attributions whose cue lies neither in another's content nor inside quote marks. Two attributions each holding
     * the other's cue (a parse that reads the sentence both ways) keep the one whose cue comes first. A stance does
     * not hide the speech in its object ("accusing Ankara of…, a claim Erdogan dismissed as “laughable”"): what was
     * said is the more telling of the two.
     */
    private static List<ReportedSpeech> outermost(List<ReportedSpeech> inSentence, List<QuotedText> marks) {
        // an attribution inside a quote ("“It's according to age groups,” said X") is the speaker's words: it hides
        // nothing, not even the reporting clause its content runs into
        List<ReportedSpeech> outside = inSentence.stream()
                .filter(a -> marks.stream().noneMatch(q -> q.contains(a.cueSpan().begin())))
                .toList();
        return outside.stream()
                .filter(a -> outside.stream().noneMatch(b -> b != a && !b.stance() && b.content().contains(a.cueSpan())
                        && (!a.content().contains(b.cueSpan()) || b.cueSpan().begin() < a.cueSpan().begin())))
                .toList();
    }

    /** Speaker, then the organisation the text ties them to, then the wire agency carrying the report. */
    static List<String> chain(ReportedSpeech attribution, Document document) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(attribution.source().name());
        if (attribution.organisation() != null) {
            chain.add(attribution.organisation());
        }
        if (document.wireAgency() != null) {
            chain.add(document.wireAgency());
        }
        return List.copyOf(chain);
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static boolean isLabelSized(String text) {
        return words(text) <= MAX_LABEL_WORDS;
    }

    static final Comparator<AttributedQuote> IN_TEXT_ORDER = Comparator.comparingInt(q -> q.content().begin());
}

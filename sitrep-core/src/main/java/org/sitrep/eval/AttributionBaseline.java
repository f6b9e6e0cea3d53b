package org.sitrep.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.eval.AttributionScore.Predicted;
import org.sitrep.eval.BratAttributions.Fragments;

/**
 * Stock CoreNLP quote attribution, the baseline sitrep's quotes are read against: its quote spans as content and
 * the speaker it names (the mention, or else the canonical speaker) as source; it has no cue. This is the one
 * place outside {@code NlpPipelines} that builds a pipeline: the baseline needs coref and quote attribution with
 * CoreNLP's own settings, which sitrep's shared pipelines never run.
 */
final class AttributionBaseline {

    private StanfordCoreNLP pipeline;

    List<Predicted> predict(String text) {
        if (pipeline == null) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            props.setProperty("quote.attributeQuotes", "true");
            pipeline = new StanfordCoreNLP(props);
        }
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<Predicted> predicted = new ArrayList<>();
        for (CoreQuote quote : document.quotes()) {
            Fragments content = Fragments.of(quote.quoteCharOffsets().first(), quote.quoteCharOffsets().second());
            Fragments source = null;
            if (quote.hasSpeaker && quote.speakerCharOffsets().isPresent()) {
                source = Fragments.of(quote.speakerCharOffsets().get().first(), quote.speakerCharOffsets().get().second());
            } else if (quote.hasCanonicalSpeaker && quote.canonicalSpeakerCharOffsets().isPresent()) {
                source = Fragments.of(quote.canonicalSpeakerCharOffsets().get().first(),
                        quote.canonicalSpeakerCharOffsets().get().second());
            }
            predicted.add(new Predicted(source, null, content));
        }
        return predicted;
    }
}

package org.sitrep.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.entity.EntityExtractor;
import org.sitrep.extract.place.PlaceExtractor;
import org.sitrep.extract.place.PlaceRecognizer;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.place.Resolution;
import org.sitrep.extract.place.Toponym;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;

/**
 * Recognition and resolution from raw article text, as the pipeline runs them (CoreNLP, entities, places; the
 * corpora's adjectives such as "Turkish" count as toponyms, so recognition is run with them). A predicted span
 * matches a gold one when they overlap; each gold span matches at most one prediction.
 */
final class PlacesEndToEnd {

    /** @param placeSeconds the part of {@code seconds} spent recognising and resolving places */
    record Result(int articles, double seconds, double placeSeconds, int gold, int predicted, int matched,
                  List<Double> errors) {
        double precision() {
            return predicted == 0 ? 0 : matched / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : matched / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private PlacesEndToEnd() {}

    static Result run(List<PlacesGold.Article> articles) {
        Gazetteer gazetteer = Gazetteer.standard();
        EntityExtractor entities = new EntityExtractor();
        Annotator annotator = new Annotator(entities.requiredAnnotators());
        PlaceRecognizer recognizer = new PlaceRecognizer(gazetteer, true);
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        long start = System.nanoTime();
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        long placeNanos = 0;
        List<Double> errors = new ArrayList<>();
        for (PlacesGold.Article article : articles) {
            Document document = new Document(article.key(), article.key(), null, null, null, List.of(), null, null,
                    List.of(), null, "en", null, article.text(), article.text(), List.of(), Instant.EPOCH);
            AnnotatedDocument annotated = annotator.annotate(document);
            DocumentAnalysis analysis = entities.extract(annotated, DocumentAnalysis.empty(document));
            Set<String> persons = PlaceExtractor.personNames(analysis.entities());
            long placeStart = System.nanoTime();
            List<Resolution> found = resolver.resolve(recognizer.recognize(annotated.nlp(), article.text(), persons));
            placeNanos += System.nanoTime() - placeStart;
            gold += article.toponyms().size();
            predicted += found.size();
            boolean[] used = new boolean[found.size()];
            for (PlacesGold.Toponym t : article.toponyms()) {
                for (int k = 0; k < found.size(); k++) {
                    Toponym p = found.get(k).toponym();
                    if (!used[k] && p.begin() < t.end() && t.begin() < p.end()) {
                        used[k] = true;
                        matched++;
                        errors.add(PlacesEvaluation.error(gazetteer, found.get(k), t));
                        break;
                    }
                }
            }
        }
        return new Result(articles.size(), (System.nanoTime() - start) / 1e9, placeNanos / 1e9, gold, predicted,
                matched, errors);
    }
}

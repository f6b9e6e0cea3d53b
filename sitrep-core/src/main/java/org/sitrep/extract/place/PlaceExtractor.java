package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotators;
import org.sitrep.extract.Extractor;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * Places on the map: {@link PlaceRecognizer} finds the names, {@link PlaceResolver} chooses the gazetteer entry
 * each names. Every mention is kept, resolved or not: an unresolved one (null place, confidence 0) is an honest
 * "could not place this". Runs after the entity extractor, whose full personal names it reads.
 */
public final class PlaceExtractor implements Extractor {

    /** Candidates kept per mention in the dossier: enough to see the alternatives, not the whole gazetteer. */
    static final int CANDIDATES_SHOWN = 5;

    private final Gazetteer gazetteer;

    public PlaceExtractor() {
        this(Gazetteer.standard());
    }

    public PlaceExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Annotators.NAMED_ENTITIES;
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        List<Toponym> toponyms = new PlaceRecognizer(gazetteer, false)
                .recognize(annotated.nlp(), document.cleanText(), personNames(soFar.entities()));
        return soFar.withPlaces(mentions(document, new PlaceResolver(gazetteer).resolve(toponyms)));
    }

    List<PlaceMention> mentions(Document document, List<Resolution> resolutions) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (Resolution r : resolutions) {
            Span span = document.span(r.toponym().begin(), r.toponym().end());
            List<Place> candidates = r.ranked().stream().limit(CANDIDATES_SHOWN)
                    .map(s -> gazetteer.place(s.entry())).toList();
            Place resolved = r.isResolved() ? gazetteer.place(r.resolved()) : null;
            mentions.add(new PlaceMention(span, resolved, r.confidence(), candidates,
                    RelativeLocations.before(document, r.toponym())));
        }
        return mentions;
    }

    /** Every personal name of two words or more the entity extractor found, as written. */
    public static Set<String> personNames(List<Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Span mention : e.mentions()) {
                if (mention.text().strip().contains(" ")) {
                    names.add(mention.text());
                }
            }
            if (e.canonicalName().contains(" ")) {
                names.add(e.canonicalName());
            }
        }
        return names;
    }
}

package org.sitrep.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation sitrep runs. A new extractor's evaluation is one line here. */
public final class Evaluations {

    private static final List<Evaluation> ALL = List.of(new CleanEvaluation(), new ClaimsEvaluation(),
            new AttributionEvaluation(), new StoryEvaluation(), new PlacesEvaluation(), new ClaimPairsEvaluation(),
            new CrossDocumentEntitiesEvaluation(), new EventsEvaluation());

    private Evaluations() {}

    public static List<Evaluation> all() {
        return ALL;
    }

    public static Optional<Evaluation> named(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

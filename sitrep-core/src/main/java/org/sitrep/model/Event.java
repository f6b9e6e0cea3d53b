package org.sitrep.model;

import java.util.List;

/** Something that happened, in a taxonomy compatible with ACLED plus humanitarian types. */
public record Event(
        String type,
        String subType,
        Actor actor1,
        Actor actor2,
        PlaceMention place,
        TimeRef time,
        Claim fatalities,
        List<Span> evidence,
        List<String> documentIds) {

    public Event {
        evidence = List.copyOf(evidence);
        documentIds = List.copyOf(documentIds);
    }
}

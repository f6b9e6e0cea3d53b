package org.sitrep.model;

import java.util.List;

/** A gazetteer entry: a place with coordinates. */
public record Place(
        String gazetteerId,
        String name,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String country,
        String admin1,
        long population) {

    public Place {
        alternateNames = List.copyOf(alternateNames);
    }
}

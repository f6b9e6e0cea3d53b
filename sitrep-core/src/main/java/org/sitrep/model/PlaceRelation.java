package org.sitrep.model;

/**
 * Where a place stands relative to a named one: "five km (3 miles) from the rebel-held town of" Tal Rafaat,
 * "north of" Aleppo. The named place is the mention's resolved place (the anchor); the place meant is not named.
 *
 * @param span       the relation as written, before the anchor's name
 * @param distanceKm the distance, converted to kilometres; null when only a direction is given
 * @param direction  north, northeast, …; null when only a distance is given
 */
public record PlaceRelation(Span span, Double distanceKm, String direction) {}

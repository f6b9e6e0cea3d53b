package org.sitrep.report;

import org.sitrep.model.PlaceMention;

/** How a place reads in a dossier: as the report wrote it, and where the gazetteer put it when it did. */
final class PlaceText {

    private PlaceText() {}

    /** "Azaz city (I‘zāz, SY)"; "" without a place. */
    static String shown(PlaceMention place) {
        if (place == null) {
            return "";
        }
        var resolved = place.resolved();
        return place.span().text() + (resolved == null ? "" : " (" + resolved.name()
                + (resolved.country() == null || resolved.country().isEmpty() ? "" : ", " + resolved.country()) + ")");
    }
}

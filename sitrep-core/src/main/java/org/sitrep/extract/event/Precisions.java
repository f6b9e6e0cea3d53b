package org.sitrep.extract.event;

import org.sitrep.model.PlaceMention;
import org.sitrep.model.TimeRef;

/**
 * ACLED's precision codes. geo_precision: 1 a town, village or point; 2 a place the text puts the event near or
 * relative to ("5 km from", "north of"), or a district; 3 a region, province or country. time_precision: 1 a day,
 * 2 a week, 3 a month or a year. 0 when there is no resolved place, or no date in the calendar (an unanchored
 * "Friday").
 */
final class Precisions {

    private Precisions() {}

    static int geo(PlaceMention place) {
        if (place == null || place.resolved() == null) {
            return 0;
        }
        String featureClass = place.resolved().featureClass();
        String code = place.resolved().featureCode() == null ? "" : place.resolved().featureCode();
        if (code.startsWith("PCL") || code.equals("ADM1") || code.equals("CONT") || code.equals("RGN")) {
            return 3;
        }
        if ("P".equals(featureClass) || "S".equals(featureClass) || "T".equals(featureClass)) {
            return place.relation() == null ? 1 : 2;
        }
        return 2;
    }

    static int time(TimeRef time) {
        if (time == null || time.normalized() == null) {
            return 0;
        }
        String value = time.normalized();
        if (value.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            return 1;
        }
        if (value.matches("\\d{4}-W\\d\\d.*")) {
            return 2;
        }
        if (value.matches("\\d{4}(-\\d\\d)?")) {
            return 3;
        }
        return 0;
    }
}

package org.sitrep.eval;

import org.sitrep.model.Document;
import org.sitrep.model.Event;

/**
 * A predicted event as the evaluation compares it: its sentence moved back to raw article offsets (over the clean
 * stage's cuts, as {@link ClaimsPrediction} does for figures), and its fields as text.
 *
 * @param place     the place as written, or null
 * @param placeName the gazetteer's name of the resolved place, or null
 * @param date      the time expression as written, or null
 */
record EventsPrediction(int begin, int end, String type, String subType, String actor1, String actor2, String place,
                        String placeName, String date, Long fatalities) {

    static EventsPrediction of(Event event, Document document) {
        var sentence = event.evidence().getFirst();
        int begin = ClaimsPrediction.rawOffset(document.removed(), sentence.begin(), false);
        int end = ClaimsPrediction.rawOffset(document.removed(), sentence.end(), true);
        return new EventsPrediction(begin, end, event.type(), event.subType(),
                event.actor1() == null ? null : event.actor1().name(),
                event.actor2() == null ? null : event.actor2().name(),
                event.place() == null ? null : event.place().span().text(),
                event.place() == null || event.place().resolved() == null ? null : event.place().resolved().name(),
                event.time() == null ? null : event.time().text(), event.fatalityCount());
    }

    boolean overlaps(EventsGold.Sentence sentence) {
        return begin < sentence.end() && sentence.begin() < end;
    }
}

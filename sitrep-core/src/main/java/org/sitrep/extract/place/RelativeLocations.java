package org.sitrep.extract.place;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Document;
import org.sitrep.model.PlaceRelation;

/**
 * A distance and/or direction written just before a place name: "almost five km (3 miles) from the rebel-held
 * town of Tal Rafaat", "25 km from", "north of Aleppo", "10 miles south-west of". Kept as a relation to the
 * named place, since the place meant has no name of its own in the text.
 */
final class RelativeLocations {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("a hundred", 100));
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?|" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final String DIRECTION = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)";
    /**
     * Anchored at the name: [distance unit (other units)] [direction] of|from|outside [the] [up to three
     * lower-case words, e.g. "rebel-held town of"].
     */
    private static final Pattern BEFORE_NAME = Pattern.compile(
            "(?:" + NUMBER + "\\s*-?\\s*(km|kilometres?|kilometers?|miles?|mi)\\b(?:\\s*\\([^)]{0,30}\\))?\\s+)?"
                    + "(?:" + DIRECTION + "\\s+)?(?:of|from|outside)\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 90;

    private RelativeLocations() {}

    /** The relation written before the toponym, or null when there is none. */
    static PlaceRelation before(Document document, Toponym toponym) {
        String text = document.cleanText();
        int from = Math.max(0, toponym.begin() - LOOK_BACK);
        int stop = Math.max(text.lastIndexOf('.', toponym.begin() - 1), text.lastIndexOf('\n', toponym.begin() - 1));
        from = Math.max(from, stop + 1);
        Matcher m = BEFORE_NAME.matcher(text.substring(from, toponym.begin()));
        if (!m.find() || m.group(1) == null && m.group(3) == null) {
            return null;
        }
        Double km = null;
        if (m.group(1) != null) {
            String number = m.group(1).toLowerCase(Locale.ROOT);
            double value = NUMBER_WORDS.containsKey(number) ? NUMBER_WORDS.get(number)
                    : Double.parseDouble(number.replace(",", ""));
            km = m.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? value * 1.609344 : value;
        }
        String direction = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT).replace("-", "");
        int begin = from + m.start();
        int end = from + m.end();
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new PlaceRelation(document.span(begin, end), km, direction);
    }
}

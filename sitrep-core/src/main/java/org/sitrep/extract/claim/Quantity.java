package org.sitrep.extract.claim;

import java.util.List;
import org.sitrep.model.Interval;

/**
 * A figure found in a sentence, before anyone has asked what it counts. Token indexes are within the
 * sentence; {@code end} is exclusive and takes in a unit conversion in brackets ("5 km (3 miles)").
 *
 * @param amountStart first token of the amount itself (after "up to", "another", "$")
 * @param qualifier   the qualifier as written, lower-cased: "up to", "about", "tens of thousands", or empty
 * @param unit        "km", "%", "share" (a fraction of a whole), "USD"…; null for a plain count
 * @param kind        what the unit makes of it
 * @param additional  "another 10,000", "a further 500": on top of a figure given before
 * @param more        "several thousand more": the counted thing is the one just mentioned
 * @param hedges      hedges carried by the qualifier itself ("an estimated")
 */
public record Quantity(int start, int end, int amountStart, int amountEnd, Interval value, String qualifier, String unit,
                       Kind kind, boolean additional, boolean more, List<String> hedges) {

    public enum Kind { COUNT, SHARE, PERCENT, MONEY, DISTANCE, OTHER_UNIT }

    public Quantity {
        hedges = List.copyOf(hedges);
    }
}

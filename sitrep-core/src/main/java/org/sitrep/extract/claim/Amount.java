package org.sitrep.extract.claim;

/**
 * The bare amount in a figure, before qualifiers and units: "20,000", "2.5 million", "eleven million",
 * "tens of thousands", "half". Token indexes are within the sentence, {@code end} exclusive.
 *
 * @param high       null when the amount has no upper end ("thousands")
 * @param scale      the multiplier written after the digits ("million" = 1e6), 1 when none; a range's first
 *                   end borrows it from the second ("2 to 3 million")
 * @param bareDigits written as plain digits without separator, decimals or scale ("2011", "66"): the only
 *                   form years, road numbers and phone numbers take
 * @param needsUnit  "several" and "a few" count something only with a unit after them ("a few miles")
 */
record Amount(int start, int end, double low, Double high, boolean highClosed, String precision, Form form,
              String phrase, double scale, boolean bareDigits, boolean needsUnit) {

    enum Form { NUMBER, VAGUE, FRACTION }

    static Amount number(int start, int end, double value, String precision, double scale, boolean bareDigits) {
        return new Amount(start, end, value, value, true, precision, Form.NUMBER, "", scale, bareDigits, false);
    }

    double value() {
        return low;
    }

    Amount scaledBy(double factor) {
        return new Amount(start, end, low * factor, high == null ? null : high * factor, highClosed,
                Precision.ROUNDED, form, phrase, factor, false, needsUnit);
    }
}

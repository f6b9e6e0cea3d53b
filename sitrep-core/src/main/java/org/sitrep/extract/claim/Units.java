package org.sitrep.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Units written with a figure. Distances and money decide a figure's measure by themselves; time units mean
 * the number is a duration or an age ("two years", "24 hrs", "five-year-old"), which is no claim.
 */
final class Units {

    enum Kind { DISTANCE, MONEY, PERCENT, OTHER }

    /** A unit found in the text: its normalised code ("km", "USD", "%") and how many tokens it took. */
    record Unit(String code, Kind kind, int length) {}

    private static final Map<String, String> DISTANCE = Map.ofEntries(
            Map.entry("km", "km"), Map.entry("kms", "km"), Map.entry("kilometre", "km"), Map.entry("kilometres", "km"),
            Map.entry("kilometer", "km"), Map.entry("kilometers", "km"), Map.entry("mile", "mi"), Map.entry("miles", "mi"),
            Map.entry("mi", "mi"), Map.entry("metre", "m"), Map.entry("metres", "m"), Map.entry("meter", "m"),
            Map.entry("meters", "m"), Map.entry("yards", "yd"), Map.entry("feet", "ft"), Map.entry("ft", "ft"),
            Map.entry("cm", "cm"), Map.entry("mm", "mm"));
    private static final Map<String, String> OTHER = Map.ofEntries(
            Map.entry("hectares", "ha"), Map.entry("hectare", "ha"), Map.entry("acres", "acre"),
            Map.entry("tonnes", "t"), Map.entry("tonne", "t"), Map.entry("tons", "t"), Map.entry("kg", "kg"),
            Map.entry("kilos", "kg"), Map.entry("degrees", "°"), Map.entry("kilo", "kg"), Map.entry("kilogrammes", "kg"), Map.entry("acre", "acre"),
            Map.entry("kilograms", "kg"), Map.entry("litres", "l"), Map.entry("liters", "l"));
    private static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"),
            // several countries' currencies share these names: the name is the unit, not a guessed ISO code
            Map.entry("dinars", "dinar"), Map.entry("rupees", "rupee"), Map.entry("pesos", "peso"),
            Map.entry("shillings", "shilling"), Map.entry("yuan", "CNY"), Map.entry("naira", "NGN"));
    private static final Map<String, String> CURRENCY_BEFORE = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("¥", "JPY"));
    private static final Set<String> TIME = Set.of("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
            "hour", "hours", "hr", "hrs", "h", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months",
            "year", "years", "yr", "yrs", "decade", "decades", "century", "centuries", "a.m.", "p.m.", "am", "pm",
            "o'clock", "gmt", "utc", "nights", "night", "weekend", "weekends", "years-old", "year-old");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr",
            "apr.", "jun.", "jul.", "aug", "aug.", "sept", "sept.", "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec.");

    private Units() {}

    /** A unit written after a figure: "km", "%", "percent", "per cent", "dollars". */
    static Optional<Unit> after(List<Token> tokens, int p) {
        String word = lower(tokens, p);
        if (word.equals("%") || word.equals("percent") || word.equals("pct")) {
            return Optional.of(new Unit("%", Kind.PERCENT, 1));
        }
        if (word.equals("per") && lower(tokens, p + 1).equals("cent")) {
            return Optional.of(new Unit("%", Kind.PERCENT, 2));
        }
        if (DISTANCE.containsKey(word)) {
            return Optional.of(new Unit(DISTANCE.get(word), Kind.DISTANCE, 1));
        }
        if (word.equals("square") && DISTANCE.containsKey(lower(tokens, p + 1))) {
            return Optional.of(new Unit(DISTANCE.get(lower(tokens, p + 1)) + "2", Kind.OTHER, 2));
        }
        if (OTHER.containsKey(word)) {
            return Optional.of(new Unit(OTHER.get(word), Kind.OTHER, 1));
        }
        if (CURRENCY_AFTER.containsKey(word)) {
            return Optional.of(new Unit(CURRENCY_AFTER.get(word), Kind.MONEY, 1));
        }
        return Optional.empty();
    }

    /** A currency written before a figure: "$", "US$", "€", "USD"; "US $" as two tokens. */
    static Optional<Unit> before(List<Token> tokens, int p) {
        String word = lower(tokens, p);
        if (word.equals("us") && lower(tokens, p + 1).equals("$")) {
            return Optional.of(new Unit("USD", Kind.MONEY, 2));
        }
        return Optional.ofNullable(CURRENCY_BEFORE.get(word)).map(code -> new Unit(code, Kind.MONEY, 1));
    }

    static boolean isTime(String lowerWord) {
        return TIME.contains(lowerWord);
    }

    static boolean isMonth(String lowerWord) {
        return MONTHS.contains(lowerWord);
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}

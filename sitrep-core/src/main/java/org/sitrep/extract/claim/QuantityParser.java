package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Interval;

/**
 * The figures in one sentence, as a small grammar over its tokens:
 *
 * <pre>
 * figure   := [another] [qualifier] [currency] amount [range] [unit [conversion]] [post-qualifier] [more]
 * amount   := vague ("tens of thousands") | fraction ("half") | number ("2.5 million", "eleven")
 * range    := ("to" | "-" | "and" after "between") amount          "5,000 to 10,000", "2 to 3 million"
 * conversion := "(" [qualifier] number unit ")"                       "25 km (16 miles)": one figure, not two
 * </pre>
 *
 * CoreNLP's NUMBER mentions split ranges and miss vague amounts, hence a grammar of our own; what is not a
 * figure at all (years, phone numbers, durations…) is left out by {@link NonFigures}.
 */
public final class QuantityParser {

    private static final Set<String> ADDITIONAL = Set.of("another", "additional", "further", "extra");
    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "—", "--");

    public List<Quantity> parse(List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Reading> reading = readAt(tokens, i);
            if (reading.isEmpty()) {
                i++;
                continue;
            }
            reading.get().quantity().ifPresent(found::add);
            i = reading.get().end();
        }
        return found;
    }

    /** What was read at a position: a figure, or a number that is no figure (skipped whole either way). */
    private record Reading(Optional<Quantity> quantity, int end) {}

    private Optional<Reading> readAt(List<Token> tokens, int i) {
        int p = i;
        boolean additional = false;
        if (lower(tokens, p).equals("another")) {
            additional = true;
            p++;
        } else if (lower(tokens, p).matches("an?") && ADDITIONAL.contains(lower(tokens, p + 1))) {
            additional = true;
            p += 2;
        }
        Optional<Qualifiers.Match> before = Qualifiers.before(tokens, p);
        boolean between = false;
        boolean from = false;
        if (before.isPresent()) {
            p += before.get().length();
        } else if (lower(tokens, p).equals("between")) {
            between = true;
            p++;
        } else if (lower(tokens, p).equals("from")) {
            from = true;
            p++;
        }
        Optional<Units.Unit> currency = Units.before(tokens, p);
        if (currency.isPresent()) {
            p += currency.get().length();
        }
        Optional<Amount> read = amountAt(tokens, p, currency.isPresent());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Amount first = read.get();
        Amount last = first;
        int q = first.end();
        // a range: "5,000 to 10,000", "between 5,000 and 10,000", "5,000-10,000", "50 percent to 90 percent"
        int c = q + repeatedUnit(tokens, q, first, currency.isPresent());
        String connector = lower(tokens, c);
        if (first.form() != Amount.Form.VAGUE && (between ? connector.equals("and") : RANGE_WORDS.contains(connector))) {
            Optional<Amount> second = NumberWords.at(tokens, c + 1, currency.isPresent());
            if (second.isEmpty() && currency.isPresent() && Units.before(tokens, c + 1).isPresent()) {
                second = NumberWords.at(tokens, c + 1 + Units.before(tokens, c + 1).get().length(), true);
            }
            if (second.isPresent()) {
                last = second.get();
                if (first.scale() == 1 && last.scale() > 1 && first.value() < last.value() / last.scale()) {
                    first = first.scaledBy(last.scale());
                }
                if (first.value() > last.value()) {
                    // "3-1" is a score, "14-1" a vote: not a range, and no figure
                    return Optional.of(new Reading(Optional.empty(), last.end()));
                }
                q = last.end();
            }
        }
        if ((between || from) && first == last) {
            return Optional.empty();
        }
        // "a 2-kilometre section": a unit hyphenated to the number is still its unit
        int hyphen = q < tokens.size() && tokens.get(q).isDash() && q + 1 < tokens.size()
                && tokens.get(q - 1).end() == tokens.get(q).begin() && tokens.get(q).end() == tokens.get(q + 1).begin() ? 1 : 0;
        Optional<Units.Unit> unit = currency.isPresent() ? Optional.empty() : Units.after(tokens, q + hyphen);
        if (unit.isEmpty()) {
            hyphen = 0;
        }
        q += hyphen;
        if (unit.isPresent()) {
            q += unit.get().length();
            q = skipConversion(tokens, q);
        }
        if (first.needsUnit() && unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<Qualifiers.Match> after = before.isEmpty() && !between ? Qualifiers.after(tokens, q) : Optional.empty();
        if (after.isPresent()) {
            q += after.get().length();
        }
        boolean qualified = before.isPresent() || after.isPresent() || between;
        Optional<String> notAFigure = NonFigures.reason(tokens, i, q, first, last, qualified,
                unit.isPresent() || currency.isPresent());
        if (notAFigure.isPresent()) {
            return Optional.of(new Reading(Optional.empty(), Math.max(q, i + 1)));
        }
        boolean more = lower(tokens, q).equals("more") && !lower(tokens, q + 1).equals("than");
        Quantity quantity = build(i, q, first, last, before.or(() -> after), between, unit.or(() -> currency),
                additional, more);
        return Optional.of(new Reading(Optional.of(quantity), q));
    }

    private static Optional<Amount> amountAt(List<Token> tokens, int p, boolean afterCurrency) {
        if (p >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Amount> vague = VagueAmounts.at(tokens, p);
        if (vague.isPresent()) {
            return vague;
        }
        Optional<Amount> number = NumberWords.at(tokens, p, afterCurrency);
        Optional<Amount> share = Fractions.at(tokens, p);
        // "two thirds" reads as the number two until "thirds": the longer reading wins
        if (share.isPresent() && (number.isEmpty() || share.get().end() > number.get().end())) {
            return share;
        }
        return number;
    }

    /**
     * The length of a unit written after both ends of a range ("50 percent to 90 percent", "5 km to 10 km"): the
     * unit at {@code q} when a range word, a number and the same unit follow it; else 0.
     */
    private static int repeatedUnit(List<Token> tokens, int q, Amount first, boolean currency) {
        Optional<Units.Unit> unit = currency ? Optional.empty() : Units.after(tokens, q);
        if (unit.isEmpty() || !RANGE_WORDS.contains(lower(tokens, q + unit.get().length()))) {
            return 0;
        }
        int next = q + unit.get().length() + 1;
        Optional<Amount> second = NumberWords.at(tokens, next, false);
        // "from 40% to 20%" is a change between two figures, not a range
        boolean same = second.isPresent() && second.get().value() > first.value() && Units.after(tokens, second.get().end())
                .filter(again -> again.code().equals(unit.get().code())).isPresent();
        return same ? unit.get().length() : 0;
    }

    /** "(3 miles)", "(about 16 miles)" right after a figure with a unit: the same figure again. */
    private static int skipConversion(List<Token> tokens, int q) {
        if (q >= tokens.size() || !tokens.get(q).isOpeningBracket()) {
            return q;
        }
        int p = q + 1;
        p += Qualifiers.before(tokens, p).map(Qualifiers.Match::length).orElse(0);
        p += Units.before(tokens, p).map(Units.Unit::length).orElse(0);
        Optional<Amount> amount = NumberWords.at(tokens, p, true);
        if (amount.isEmpty()) {
            return q;
        }
        p = amount.get().end();
        Optional<Units.Unit> unit = Units.after(tokens, p);
        if (unit.isPresent()) {
            p += unit.get().length();
        }
        return p < tokens.size() && tokens.get(p).isClosingBracket() ? p + 1 : q;
    }

    private static Quantity build(int start, int end, Amount first, Amount last, Optional<Qualifiers.Match> qualifier,
                                  boolean between, Optional<Units.Unit> unit, boolean additional, boolean more) {
        Quantity.Kind kind = kind(first, unit);
        Double cap = switch (kind) {
            case SHARE -> 1.0;
            case PERCENT -> 100.0;
            default -> null;
        };
        Qualifiers.Bound bound = qualifier.map(Qualifiers.Match::bound).orElse(Qualifiers.Bound.EXACTLY);
        String precision = Precision.coarser(first.precision(), last.precision());
        Interval value = first == last
                ? Qualifiers.interval(bound, first.low(), first.high(), first.highClosed(), precision, cap)
                : Qualifiers.interval(bound, first.low(), last.value(), true, precision, cap);
        String written = qualifier.map(Qualifiers.Match::text)
                .orElse(between ? "between" : first.form() == Amount.Form.VAGUE ? first.phrase() : "");
        List<String> hedges = written.endsWith("estimated") ? List.of(Hedges.ESTIMATE) : List.of();
        String unitCode = kind == Quantity.Kind.SHARE ? "share" : unit.map(Units.Unit::code).orElse(null);
        return new Quantity(start, end, first.start(), last.end(), value, written, unitCode, kind, additional, more, hedges);
    }

    private static Quantity.Kind kind(Amount amount, Optional<Units.Unit> unit) {
        if (amount.form() == Amount.Form.FRACTION) {
            return Quantity.Kind.SHARE;
        }
        return unit.map(u -> switch (u.kind()) {
            case DISTANCE -> Quantity.Kind.DISTANCE;
            case MONEY -> Quantity.Kind.MONEY;
            case PERCENT -> Quantity.Kind.PERCENT;
            case OTHER -> Quantity.Kind.OTHER_UNIT;
        }).orElse(Quantity.Kind.COUNT);
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}

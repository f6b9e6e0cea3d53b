package org.sitrep.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.extract.claim.Measure;
import org.sitrep.model.ClaimGroup;

/** Reads and checks query parameters; anything unusable is a {@link BadParameter} naming the parameter. */
final class Params {

    private static final Set<String> MEASURES = Arrays.stream(Measure.values()).map(Measure::label)
            .collect(Collectors.toUnmodifiableSet());

    private Params() {}

    /** The parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int integer(Context ctx, String name, int absent) {
        String value = text(ctx, name);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "not a whole number: '" + value + "'");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "not an ISO 8601 day (2016-02-05): '" + value + "'");
        }
    }

    /** A figure's measure as the claims name it ("killed", "displaced", "refugees_hosted"). */
    static String measure(Context ctx) {
        String value = text(ctx, "measure");
        if (value == null) {
            return null;
        }
        String label = value.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!MEASURES.contains(label)) {
            throw new BadParameter("measure", "unknown measure '" + value + "'; known: "
                    + MEASURES.stream().sorted().collect(Collectors.joining(", ")));
        }
        return label;
    }

    /** corroborated, consistent, conflicting or single-source. */
    static ClaimGroup.Verdict verdict(Context ctx) {
        String value = text(ctx, "verdict");
        if (value == null) {
            return null;
        }
        try {
            return ClaimGroup.Verdict.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("verdict", "unknown verdict '" + value
                    + "'; known: corroborated, consistent, conflicting, single-source");
        }
    }
}

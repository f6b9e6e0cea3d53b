package org.sitrep.link.claims;

import java.util.Locale;
import java.util.function.Function;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Speaker;

/**
 * Who stands behind a figure, for counting independent sources: the speaker it is attributed to (two outlets
 * both quoting OCHA are one source), else the wire agency that carried it (two outlets rewriting the same AFP
 * story are one source), else the outlet, else the document itself (nothing says where an anonymous report
 * got its figure, so it counts as its own source). A speaker is named by {@code speakerNames}, so that two reports'
 * names for one speaker ("Recep Tayyip Erdogan", "Tayyip Erdogan") can be one source once entities are resolved.
 *
 * @param key  what independence is decided on: lower-cased, without a leading "the"
 * @param name how the source is shown
 */
public record Source(String key, String name) {

    static Source of(Claim claim, Document document, Function<Speaker, String> speakerNames) {
        return of(claim.attribution(), document, speakerNames);
    }

    /** The source of anything reported with {@code attribution} in {@code document}: an event as well as a figure. */
    public static Source of(Attribution attribution, Document document, Function<Speaker, String> speakerNames) {
        if (attribution != null && attribution.source() != null && present(attribution.source().name())) {
            String name = speakerNames.apply(attribution.source());
            return named(present(name) ? name : attribution.source().name());
        }
        String wire = attribution != null && present(attribution.wireAgency()) ? attribution.wireAgency()
                : document.wireAgency();
        if (present(wire)) {
            return named(wire);
        }
        String outlet = attribution != null && present(attribution.outlet()) ? attribution.outlet() : document.outlet();
        if (present(outlet)) {
            return named(outlet);
        }
        return new Source("document:" + document.id(), "document " + document.id() + " (unattributed)");
    }

    private static Source named(String name) {
        String shown = name.strip();
        String key = shown.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ");
        return new Source(key, shown);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

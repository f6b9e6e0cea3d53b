package org.sitrep.link.claims;

import java.util.Locale;
import java.util.function.Function;
import org.sitrep.model.Attribution;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Speaker;

/**
 * Who stands behind a figure, for counting independent sources: the speaker it is attributed to (two outlets
 * both quoting OCHA are one source), else the wire agency that carried it (two outlets rewriting the same AFP
 * story are one source), else the outlet, else the document itself (nothing says where an anonymous report
 * got its figure, so it counts as its own source). A speaker is named by {@code speakerNames}, so that two reports'
 * names for one speaker ("Recep Tayyip Erdogan", "Tayyip Erdogan") can be one source once entities are resolved.
 * A speaker who speaks for an organisation ({@link Spokespeople}: "OCHA spokeswoman Linda Tom") is that
 * organisation.
 *
 * @param key     what independence is decided on: lower-cased, without a leading "the"
 * @param name    how the source is shown
 * @param speaker who said it for the source, when that is not the source itself ("spokeswoman Linda Tom"), or null
 * @param own     whether the figure is the report's own (unattributed: outlet, wire agency or document), so a
 *                report that shares its origin with another shares the figure's source too
 * @param why     why the speaker counts as the source ("“OCHA spokeswoman Linda Tom” speaks for …"), or null
 */
public record Source(String key, String name, String speaker, boolean own, String why) {

    static Source of(Claim claim, Document document, Function<Speaker, String> speakerNames,
                     Spokespeople spokespeople) {
        return of(claim.attribution(), document, speakerNames, spokespeople);
    }

    /**
     * The sources of what {@code analysis} reports, an event as well as a figure, read as for its figures: a
     * spokeswoman the report names for an organisation speaks for it, so the two are one source.
     */
    public static Function<Attribution, Source> of(DocumentAnalysis analysis, Function<Speaker, String> speakerNames) {
        Spokespeople spokespeople = Spokespeople.of(analysis);
        return attribution -> of(attribution, analysis.document(), speakerNames, spokespeople);
    }

    static Source of(Attribution attribution, Document document, Function<Speaker, String> speakerNames,
                     Spokespeople spokespeople) {
        if (attribution != null && attribution.source() != null && present(attribution.source().name())) {
            var affiliation = spokespeople.of(attribution.source());
            if (affiliation.isPresent()) {
                Speaker organisation = affiliation.get().organisation();
                String name = speakerNames.apply(organisation);
                Source source = named(present(name) ? name : organisation.name(), false);
                String speaker = speakerNames.apply(attribution.source());
                return new Source(source.key(), source.name(), affiliation.get().role() + " "
                        + (present(speaker) ? speaker : attribution.source().name()), false,
                        affiliation.get().explained());
            }
            String name = speakerNames.apply(attribution.source());
            return named(present(name) ? name : attribution.source().name(), false);
        }
        String wire = attribution != null && present(attribution.wireAgency()) ? attribution.wireAgency()
                : document.wireAgency();
        if (present(wire)) {
            return named(wire, true);
        }
        String outlet = attribution != null && present(attribution.outlet()) ? attribution.outlet() : document.outlet();
        if (present(outlet)) {
            return named(outlet, true);
        }
        return new Source("document:" + document.id(), "document " + document.id() + " (unattributed)", null, true,
                null);
    }

    /** As shown beside a figure: "Office for the Coordination of Humanitarian Affairs, by spokeswoman Linda Tom". */
    String cited() {
        return speaker == null ? name : name + ", by " + speaker;
    }

    private static Source named(String name, boolean own) {
        String shown = name.strip();
        String key = shown.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ");
        return new Source(key, shown, null, own, null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}

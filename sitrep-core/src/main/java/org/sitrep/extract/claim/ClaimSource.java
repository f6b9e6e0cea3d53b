package org.sitrep.extract.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Attribution;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/**
 * Who claims a figure: the speaker of the innermost quote, direct or reported, whose words hold the figure
 * ("OCHA said it estimated “up to 20,000 people …”", "…, according to a resident"); a figure no one is found to
 * have said is the outlet's own (and its wire agency's). The quote extractor has already resolved speakers
 * carried over from earlier sentences ("He added…") and roles ("OCHA spokeswoman Linda Tom"). The event extractor asks
 * the same of an event's trigger.
 */
public final class ClaimSource {

    /**
     * Cues of will, not of assertion: "the government wants to take control of a city of 2 million" does not make
     * the government the source of the 2 million. PolNeAR counts these as attributions, so the quote extractor
     * keeps them; a figure is only claimed by someone who states, reports, estimates or believes it.
     */
    private static final Set<String> VOLITION = Set.of(
            "want", "plan", "intend", "seek", "refuse", "decline", "decide", "wish", "hope", "demand", "urge",
            "order", "propose", "recommend", "promise", "pledge", "vow", "threaten");

    /**
     * Cues of experience, not of assertion: "Wisconsin has seen … one death", "MSF have seen 25 patients" count what
     * befell or reached the subject, who does not thereby report the figure.
     */
    private static final Set<String> EXPERIENCE = Set.of("see", "witness");

    /** Words that stand for a clause or a thing, never for who speaks: "That compared with 3,172 deaths". */
    private static final Set<String> NOT_SPEAKERS = Set.of("that", "this", "these", "those", "it", "which", "what");

    private final List<Quote> quotes;
    private final Attribution outlet;

    public ClaimSource(List<Quote> quotes, Attribution outlet) {
        this.quotes = quotes;
        this.outlet = outlet;
    }

    /**
     * Whether the speaker's words can name someone: not a figure ("41,846 reported cases and 18 deaths" makes no
     * source of 41,846) nor a demonstrative.
     */
    private static boolean names(Speaker speaker) {
        String name = speaker.name() == null ? "" : speaker.name().strip();
        return name.chars().anyMatch(Character::isLetter) && !NOT_SPEAKERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public Attribution of(Span figure) {
        return quotes.stream()
                .filter(quote -> quote.speaker() != null && !VOLITION.contains(quote.cueVerb()))
                .filter(quote -> !EXPERIENCE.contains(quote.cueVerb()))
                // a stance ("That compared with 3,172 deaths", "endorsed …") states no figure of its holder's
                .filter(quote -> quote.kind() != Quote.Kind.STANCE)
                .filter(quote -> names(quote.speaker()))
                .filter(quote -> quote.span().contains(figure))
                .min(Comparator.comparingInt(quote -> quote.span().end() - quote.span().begin()))
                .map(quote -> new Attribution(quote.speaker(), outlet.outlet(), outlet.wireAgency()))
                .orElse(outlet);
    }
}

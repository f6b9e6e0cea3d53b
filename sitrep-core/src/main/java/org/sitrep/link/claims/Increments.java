package org.sitrep.link.claims;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;

/**
 * Whether a figure is an increment rather than a total: "another 10,000 people were displaced", "a further 5,000",
 * "an additional 3,000", "brought several thousand more". An increment counts what came on top of a figure given
 * elsewhere, so it is neither the same total as a cumulative figure nor an update of it; it is only compared with
 * other increments.
 *
 * <p>Read from the words the figure is written with and the few words just around it in the report: the marker
 * comes right before the figure ("another", "a further", "an additional", "an extra") or right after it ("more",
 * but not "more than", which qualifies the next figure).
 */
final class Increments {

    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?:^|\\b)(another|a further|further|an additional|additional|an extra|extra)\\s*$");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)^(another|a further|further|an additional|additional|an extra|extra)\\b");
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s+(more)\\b(?!\\s+than)");
    /** How far before and after the figure the marker is looked for: a couple of words. */
    private static final int WINDOW = 20;

    private Increments() {}

    /** The word that makes {@code claim} an increment ("another", "a further", "more"), if any. */
    static Optional<String> marker(Claim claim, Document document) {
        Matcher written = WRITTEN.matcher(claim.asWritten().strip());
        if (written.find()) {
            return Optional.of(written.group(1).toLowerCase(Locale.ROOT));
        }
        String text = document.cleanText();
        int begin = claim.span().begin();
        int end = claim.span().end();
        if (text == null || end > text.length()) {
            return Optional.empty();
        }
        Matcher before = BEFORE.matcher(text.substring(Math.max(0, begin - WINDOW), begin));
        if (before.find()) {
            return Optional.of(before.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher after = AFTER.matcher(text.substring(end, Math.min(text.length(), end + WINDOW)));
        return after.find() ? Optional.of(after.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}

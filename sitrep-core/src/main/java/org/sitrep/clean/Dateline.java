package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/**
 * The dateline opening the first paragraph, "BEIRUT (Reuters) - " or "ALEPPO, Syria (AFP) —" or
 * "KABUL — ": its place becomes metadata, its agency a wire signal.
 */
public final class Dateline implements CleaningRule {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.'’\\- ]{1,30}?)?)"
                    + "(?:,?\\s*(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?))?"
                    + "\\s*(?:\\((?<agency>" + WireAgencies.ALTERNATION + ")\\))?\\s*[-–—]{1,2}\\s+");

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            Matcher dateline = DATELINE.matcher(line.text());
            boolean uppercasePlace = dateline.lookingAt() && isUpperCaseWord(dateline.group("place"));
            if (dateline.lookingAt() && (dateline.group("agency") != null || uppercasePlace)) {
                draft.cut(line.begin(), line.begin() + dateline.end(), RemovalReason.DATELINE);
                draft.dateline(dateline.group("place").strip());
                if (dateline.group("agency") != null) {
                    draft.addWireSignal(WireAgencies.canonical(dateline.group("agency")),
                            "dateline \"" + dateline.group().strip() + "\"");
                }
            }
            return; // only the first paragraph carries a dateline
        }
    }

    private static boolean isUpperCaseWord(String place) {
        String firstWord = place.strip().split("[ ,]")[0];
        return firstWord.length() >= 3 && firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT));
    }
}

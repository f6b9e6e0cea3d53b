package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/** A "By Jane Doe" line near the top of the text: the byline becomes metadata. */
public final class Byline implements CleaningRule {

    private static final String NAME = "\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,3}";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+(?<names>" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
                    + "(?:\\s*(?:,|\\||-)\\s*(?<agency>" + WireAgencies.ALTERNATION + "))?\\s*$");
    private static final int LINES_TO_LOOK_AT = 3;

    @Override
    public void apply(ArticleDraft draft) {
        var lines = draft.textLines();
        for (int i = 0; i < Math.min(LINES_TO_LOOK_AT, lines.size()); i++) {
            Matcher byline = BYLINE.matcher(lines.get(i).trimmed());
            if (byline.matches()) {
                draft.cutLine(lines.get(i), RemovalReason.BYLINE);
                draft.byline(byline.group("names"));
                if (byline.group("agency") != null) {
                    draft.addWireSignal(WireAgencies.canonical(byline.group("agency")),
                            "byline \"" + lines.get(i).trimmed() + "\"");
                }
                return;
            }
        }
    }
}

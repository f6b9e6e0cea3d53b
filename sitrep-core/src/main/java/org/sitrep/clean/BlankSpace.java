package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/**
 * White space that other cuts leave behind: runs of blank lines become one paragraph break, and the text
 * starts and ends on a word. Runs last, over the text the other rules kept.
 */
public final class BlankSpace implements CleaningRule {

    private static final Pattern EXCESS = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+|[ \\t]+(?=\\n)");

    @Override
    public void apply(ArticleDraft draft) {
        CleanText cleaned = CleanText.build(draft.raw(), draft.cuts());
        String kept = cleaned.text();
        int[] rawOffset = cleaned.rawOffsets();
        Matcher excess = EXCESS.matcher(kept);
        while (excess.find()) {
            int keepBreaks = excess.group().startsWith("\n") ? 2 : 0;
            cutKept(draft, rawOffset, excess.start() + keepBreaks, excess.end());
        }
        int lead = 0;
        while (lead < kept.length() && Character.isWhitespace(kept.charAt(lead))) {
            lead++;
        }
        cutKept(draft, rawOffset, 0, lead);
        int trail = kept.length();
        while (trail > lead && Character.isWhitespace(kept.charAt(trail - 1))) {
            trail--;
        }
        cutKept(draft, rawOffset, trail, kept.length());
    }

    /** Cuts kept characters [from, to), one raw cut per contiguous raw stretch. */
    private static void cutKept(ArticleDraft draft, int[] rawOffset, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            boolean last = i == to - 1 || rawOffset[i + 1] != rawOffset[i] + 1;
            if (last) {
                draft.cut(rawOffset[start], rawOffset[i] + 1, RemovalReason.BLANK_SPACE);
                start = i + 1;
            }
        }
    }
}

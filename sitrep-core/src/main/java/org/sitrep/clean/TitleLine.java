package org.sitrep.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/**
 * A headline at the top of a scraped text: the first line when it is short and has no sentence-final
 * punctuation, or the metadata title repeated; also a headline glued to the first sentence with no
 * full stop between ("…as regime advancesUp to 20,000 Syrians…"). It becomes the document's title.
 */
public final class TitleLine implements CleaningRule {

    private static final int MAX_WORDS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’')\\]]$");
    /** A lower-case word run straight into a capitalised one, the seam of two glued texts. */
    static final Pattern GLUE = Pattern.compile("(?<=\\s|^)\\p{Ll}{2,}(?=\\p{Lu}\\p{Ll})");

    @Override
    public void apply(ArticleDraft draft) {
        List<Line> lines = draft.textLines();
        if (lines.size() < 2) {
            return;
        }
        Line first = lines.get(0);
        String text = first.trimmed();
        if (draft.title() != null && normalise(draft.title()).equals(normalise(text))) {
            draft.cutLine(first, RemovalReason.TITLE);
            return;
        }
        if (looksLikeHeadline(text)) {
            draft.cutLine(first, RemovalReason.TITLE);
            if (draft.title() == null) {
                draft.title(text);
            }
            return;
        }
        cutGluedHeadline(draft, first);
    }

    private static void cutGluedHeadline(ArticleDraft draft, Line first) {
        Matcher glue = GLUE.matcher(first.text());
        while (glue.find()) {
            int seam = glue.end();
            String head = first.text().substring(0, seam).strip();
            int words = head.split("\\s+").length;
            if (words >= 3 && words <= MAX_WORDS && Character.isUpperCase(head.charAt(0))
                    && !head.matches(".*[.!?].*")) {
                draft.cut(first.begin(), first.begin() + seam, RemovalReason.TITLE);
                if (draft.title() == null) {
                    draft.title(head);
                }
                return;
            }
        }
    }

    static boolean looksLikeHeadline(String text) {
        int words = text.split("\\s+").length;
        return words >= 2 && words <= MAX_WORDS
                && Character.isUpperCase(text.codePointAt(0))
                && !SENTENCE_END.matcher(text).find()
                && !GLUE.matcher(text).find();
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

package org.sitrep.clean;

import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/** Short lines that are mostly a phone number, an e-mail address or a URL: footers and tip lines. */
public final class ContactLines implements CleaningRule {

    private static final Pattern URL_ONLY = Pattern.compile("(?i)^(?:(?:source|via|link|read more at|more at)\\s*:?\\s*)?"
            + "(?:https?://|www\\.)\\S+$");
    private static final int MAX_WORDS = 10;

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            String text = line.trimmed();
            if (URL_ONLY.matcher(text).matches()) {
                draft.cutLine(line, RemovalReason.URL);
            } else if (line.wordCount() <= MAX_WORDS
                    && (ContactPatterns.PHONE.matcher(text).find() || ContactPatterns.EMAIL.matcher(text).find())) {
                draft.cutLine(line, RemovalReason.CONTACT_DETAILS);
            }
        }
    }
}

package org.sitrep.clean;

import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/**
 * Alert, newsletter, app and "read more" promotions. A promotion word alone does not condemn a line
 * (a news sentence may say countries "sign up" to a deal): the line must also be short or carry a
 * phone number, address, URL or messaging app.
 */
public final class PromotionLines implements CleaningRule {

    private static final Pattern PROMOTION = Pattern.compile(
            "(?i)\\b(?:subscribe|sign up|newsletter|download (?:the|our) app|get (?:the|our) app"
                    + "|(?:receive|get) (?:\\w+ )?(?:news )?alerts|news alerts|follow us|join us on|join our"
                    + "|click here|read more|related:|also read|advertisement|sponsored|recommended for you"
                    + "|most read|you may also like|download now)\\b");
    private static final Pattern CHANNEL = Pattern.compile(
            "(?i)\\b(?:whats\\s?app|telegram|facebook|twitter|instagram|app store|google play|youtube)\\b");
    private static final int SHORT = 12;
    private static final int LONGEST = 30;

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            String text = line.trimmed();
            int words = line.wordCount();
            if (words <= LONGEST && PROMOTION.matcher(text).find()
                    && (words <= SHORT || CHANNEL.matcher(text).find() || ContactPatterns.hasContact(text))) {
                draft.cutLine(line, RemovalReason.PROMOTION);
            }
        }
    }
}

package org.sitrep.clean;

import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/** Share bars, comment counters and "leave a comment" lines that scrapers pick up around an article. */
public final class WidgetLines implements CleaningRule {

    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^(?:"
                    + "share|share (?:this|to|on|via)\\b.*|tweet|pin it|e-?mail|print|comments?|like|follow"
                    + "|\\d+\\s+(?:comments?|shares?|repl(?:y|ies)|likes|responses)\\b.*"
                    + "|(?:no|be the first to) comments?\\b.*|.*\\badd yours\\b.*"
                    + "|(?:leave|post|write) a (?:comment|reply)\\b.*|add (?:a |your )?comment\\b.*"
                    + "|(?:view|show|load|read|see) (?:all )?\\d* ?comments?\\b.*|comments? \\(\\d+\\)"
                    + "|(?:share|follow) (?:us|this)\\b.*"
                    + ")\\s*:?$");

    private static final int MAX_WORDS = 12;

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            if (line.wordCount() <= MAX_WORDS && WIDGET.matcher(line.trimmed()).matches()) {
                draft.cutLine(line, RemovalReason.SHARE_OR_COMMENT_WIDGET);
            }
        }
    }
}

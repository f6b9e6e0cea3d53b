package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RemovalReason;

/**
 * The tail of a photo caption or image alt text run into a paragraph by a scraper: "migrantUp to 20,000
 * Syrians…". A paragraph that opens with one lower-case word glued to a capitalised one loses that word.
 * Short camel-case brands ("iPhone", "eBay") are safe: the glued word must have three letters or more.
 */
public final class GluedCaption implements CleaningRule {

    private static final Pattern GLUED_OPENING = Pattern.compile("^\\s*(\\p{Ll}{3,})(?=\\p{Lu}\\p{Ll})");

    @Override
    public void apply(ArticleDraft draft) {
        for (Line line : draft.textLines()) {
            Matcher glued = GLUED_OPENING.matcher(line.text());
            if (glued.find() && !draft.isCut(line.begin() + glued.start(1), line.begin() + glued.end(1))) {
                draft.cut(line.begin() + glued.start(1), line.begin() + glued.end(1), RemovalReason.PHOTO_CAPTION);
            }
        }
    }
}

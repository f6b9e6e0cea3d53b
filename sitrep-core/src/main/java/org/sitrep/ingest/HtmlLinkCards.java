package org.sitrep.ingest;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Takes out of paragraphs the link cards that pages nest inside running text and show only on hover: a name's link
 * followed by an inline element holding the person's photo, their name again and links to their latest stories.
 * Hidden by the site's style sheet, not by the markup, so nothing else catches them, and their text runs straight
 * into the sentence around them (on the dev split, forty words of headlines in the middle of a sentence). A card
 * is an element inside a paragraph, other than a link, whose text is nearly all link text from several links and
 * is long enough not to be a pair of linked names; the innermost such element goes.
 */
final class HtmlLinkCards {

    /** Share of link text above which an inline element is a card of links rather than words that mention them. */
    private static final double MIN_LINK_DENSITY = 0.9;
    private static final int MIN_LINKS = 2;
    private static final int MIN_WORDS = 8;

    private HtmlLinkCards() {}

    static void remove(Element content) {
        // The innermost card: its wrapper also holds the link the card belongs to, which is part of the sentence.
        List<Element> cards = content.select("p *").stream()
                .filter(HtmlLinkCards::isCard)
                .filter(card -> card.select("*").stream().noneMatch(inner -> inner != card && isCard(inner)))
                .toList();
        for (Element card : cards) {
            if (card.parent() != null) {
                card.remove();
            }
        }
    }

    private static boolean isCard(Element element) {
        if (element.normalName().equals("a") || element.closest("a") != null || element.closest("blockquote") != null) {
            return false;
        }
        Element paragraph = element.closest("p");
        String text = element.text().strip();
        return paragraph != null && paragraph != element
                && text.length() < paragraph.text().strip().length()
                && element.select("a").size() >= MIN_LINKS
                && text.split("\\s+").length >= MIN_WORDS
                && HtmlProse.linkDensity(element) >= MIN_LINK_DENSITY;
    }
}

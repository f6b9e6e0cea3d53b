package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Takes out grids of story teasers that readability keeps when they follow the article in the same container
 * ("most popular", "you may also like" with no telling class name): a run of sibling cards built from one template
 * (same tag and class), each a link to another page with at most a short blurb. Paragraph and list markup is left
 * alone — a list of linked items inside an article is the article's — so only div, section and article cards count.
 * On the dev split such a grid of fourteen diet teasers made a sixth of one page's text.
 */
final class HtmlTeaserGrids {

    /** Fewer cards than this in a row are not a grid (two linked boxes can be a pull quote and a fact box). */
    private static final int MIN_CARDS = 3;
    /** A card says no more than a headline and a sentence or two. */
    private static final int MAX_CARD_WORDS = 40;

    private HtmlTeaserGrids() {}

    static void remove(Element content) {
        List<Element> doomed = new ArrayList<>();
        for (Element container : content.getAllElements()) {
            List<Element> run = new ArrayList<>();
            for (Element child : container.children()) {
                if (!run.isEmpty() && !sameTemplate(run.get(0), child)) {
                    collect(run, doomed);
                    run = new ArrayList<>();
                }
                if (isCard(child)) {
                    run.add(child);
                } else {
                    collect(run, doomed);
                    run = new ArrayList<>();
                }
            }
            collect(run, doomed);
        }
        doomed.forEach(card -> {
            if (card.parent() != null) {
                card.remove();
            }
        });
    }

    private static void collect(List<Element> run, List<Element> doomed) {
        if (run.size() >= MIN_CARDS) {
            doomed.addAll(run);
        }
    }

    private static boolean sameTemplate(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    private static boolean isCard(Element element) {
        String name = element.normalName();
        if (!(name.equals("div") || name.equals("section") || name.equals("article")) || element.className().isBlank()) {
            return false;
        }
        String text = element.text().strip();
        return !text.isEmpty() && text.split("\\s+").length <= MAX_CARD_WORDS
                && element.select("a[href]").stream().anyMatch(a -> !a.text().isBlank())
                && element.select("p").size() <= 1;
    }
}

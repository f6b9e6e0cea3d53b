package org.sitrep.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A plain fallback when readability finds no article: the element whose paragraphs carry the most prose, scored the
 * way readability scores candidates (a paragraph of 25 characters or more adds one point, one per comma and one
 * per 100 characters up to three, to its parent and half of that to its grandparent).
 */
final class HtmlDensestBlock {

    private static final int MIN_PARAGRAPH = 25;

    private HtmlDensestBlock() {}

    /** The best-scoring container in {@code root}, or null when it holds no paragraph. */
    static Element of(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : root.select("p, pre, blockquote, li, td")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH || HtmlProse.linkDensity(paragraph) > 0.5) {
                continue;
            }
            double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}

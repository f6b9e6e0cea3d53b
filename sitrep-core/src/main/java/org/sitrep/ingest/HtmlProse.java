package org.sitrep.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Measures of how much running text an element holds, and how much of it is link text. */
final class HtmlProse {

    private HtmlProse() {}

    /** Characters of the element's text outside links, white space runs counted once. */
    static int of(Element element) {
        int[] counts = count(element);
        return counts[0] - counts[1];
    }

    /** The share of the element's text that is link text, 0 for an element without text. */
    static double linkDensity(Element element) {
        int[] counts = count(element);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** Characters of text, and of them those inside links. */
    private static int[] count(Element root) {
        int[] counts = new int[2];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    int length = text.text().strip().length();
                    counts[0] += length;
                    if (insideLink(text, root)) {
                        counts[1] += length;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, root);
        return counts;
    }

    private static boolean insideLink(Node node, Element root) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
            if (n == root) {
                return false;
            }
        }
        return false;
    }
}

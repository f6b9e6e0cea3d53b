package org.sitrep.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text of an HTML element with block elements (paragraphs, headings, list items) on lines of their own. */
public final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
            "section", "article", "header", "footer", "table", "tr", "figure", "figcaption", "dd", "dt", "br");

    private HtmlText() {}

    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.getWholeText().replaceAll("\\s+", " ");
                    if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                        words = words.stripLeading();
                    }
                    out.append(words);
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    endLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    endLine(out);
                }
            }
        }, root);
        return out.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\n{2,}", "\n").strip();
    }

    private static void endLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}

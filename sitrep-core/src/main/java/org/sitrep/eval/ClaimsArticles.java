package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the article texts the claims gold points into, from the geoparsing corpora in {@code ../shared} (Gritta et
 * al. 2019, GPL-3.0): the text content of each {@code <article>}'s {@code <text>} element, entities decoded, as
 * an XML parser delivers it. The gold's offsets were computed on exactly this string, so it is never trimmed.
 */
public final class ClaimsArticles {

    static final String DATA = "eval/geoparsing";

    /** The corpus names the gold uses, and their files. */
    static final Map<String, String> FILES = Map.of(
            "GeoVirus", "GeoVirus.xml", "TR-News", "TR-News.xml", "GeoWebNews", "GeoWebNews.xml");

    private final Path folder;
    private final Map<String, List<String>> texts = new HashMap<>();

    public ClaimsArticles(Path shared) {
        this.folder = shared.resolve(DATA);
    }

    /** The article's text; fails naming the article when the corpus or the index does not exist. */
    public String text(String corpus, int article) throws IOException {
        List<String> articles = texts.get(corpus);
        if (articles == null) {
            String file = FILES.get(corpus);
            if (file == null) {
                throw new IllegalStateException("unknown corpus '" + corpus + "'; known: " + FILES.keySet());
            }
            articles = read(folder.resolve(file));
            texts.put(corpus, articles);
        }
        if (article < 0 || article >= articles.size()) {
            throw new IllegalStateException(corpus + " has no article " + article + " (it has " + articles.size() + ")");
        }
        return articles.get(article);
    }

    /** Where an article comes from, as the document source. */
    public String source(String corpus, int article) {
        return DATA + "/" + FILES.get(corpus) + "#" + article;
    }

    /**
     * Checks that every gold figure's text stands at its offsets: a drift (a changed corpus file, a different XML
     * reading) would silently score every figure as missed, so it fails the run instead.
     */
    public static void verify(ClaimsGold.Article article, String text) {
        for (ClaimsFigure figure : article.claims()) {
            String found = figure.end() <= text.length() ? text.substring(figure.begin(), figure.end()) : "<past the end>";
            if (!found.equals(figure.text())) {
                throw new IllegalStateException("claims gold drifted: " + article.key() + " [" + figure.begin() + ", "
                        + figure.end() + ") should read '" + figure.text() + "' but reads '" + found + "'");
            }
        }
    }

    private static List<String> read(Path file) throws IOException {
        NodeList nodes = CorpusXml.articles(file);
        List<String> articles = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            NodeList text = ((Element) nodes.item(i)).getElementsByTagName("text");
            articles.add(text.getLength() == 0 ? "" : text.item(0).getTextContent());
        }
        return articles;
    }
}

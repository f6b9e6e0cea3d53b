package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Locale;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * HTML pages: readability4j finds the article, {@link HtmlText} turns it into paragraphs, and the
 * page's own meta tags (Open Graph, article:published_time, canonical link, lang) give the metadata.
 */
public final class HtmlReader implements DocumentReader {

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public RawDocument read(Path file, String html) throws InputProblem {
        String baseUri = file.toUri().toString();
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri);
        Metadata metadata = HtmlMetadata.of(page);
        String text = articleText(html, metadata.url() != null ? metadata.url() : baseUri);
        if (text.isBlank()) {
            throw new InputProblem(file, "no article text found in the HTML");
        }
        return new RawDocument(file.toString(), text, metadata);
    }

    /** The article's text, one paragraph a line, as readability4j finds it. */
    public static String articleText(String html, String url) {
        var article = new Readability4JExtended(url, html).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return "";
        }
        return HtmlText.of(content);
    }
}

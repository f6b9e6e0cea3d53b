package org.sitrep.ingest;

import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * HTML pages: {@link HtmlBoilerplate} takes out page furniture and the blocks that are never article text
 * (captions, bylines, share bars, related links) and {@link HtmlTeaserGrids} the grids of story teasers,
 * readability4j finds the article among what is left (or, when it finds little, the block with the most prose does),
 * {@link HtmlSplitSections} puts back the sections of a split body that it left out, {@link HtmlLinkCards} takes the
 * hover cards out of its sentences, {@link HtmlArticleCleanup} drops the repeated headline and link lists, and
 * {@link HtmlText} turns it into paragraphs. The page's own meta tags (Open Graph,
 * article:published_time, canonical link, lang) give the metadata.
 */
public final class HtmlReader implements DocumentReader {

    /** Readability's article is replaced by the densest block when it holds less than this share of its prose. */
    private static final double FALLBACK_SHARE = 0.5;

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public RawDocument read(String source, String baseUri, String html) throws InputProblem {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUri);
        Metadata metadata = HtmlMetadata.of(page);
        String text = articleText(html, metadata.url() != null ? metadata.url() : baseUri);
        if (text.isBlank()) {
            throw new InputProblem(source, "no article text found in the HTML", null);
        }
        return new RawDocument(source, text, metadata);
    }

    /** The article's text, one paragraph (heading, list item, quoted post) a line; empty when there is none. */
    public static String articleText(String html, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url);
        String title = HtmlMetadata.of(page).title();
        HtmlBoilerplate.strip(page);
        HtmlTeaserGrids.remove(page.body());
        Element densest = HtmlDensestBlock.of(page.body());
        Element fallback = densest == null ? null : densest.clone();
        org.jsoup.nodes.Document stripped = page.clone(); // readability rewrites the page it reads
        Element content = new Readability4JExtended(url, page).parse().getArticleContent();
        if (content == null || fallback != null && HtmlProse.of(content) < FALLBACK_SHARE * HtmlProse.of(fallback)) {
            content = fallback;
        }
        if (content == null) {
            return "";
        }
        HtmlSplitSections.restore(stripped.body(), content);
        HtmlLinkCards.remove(content);
        HtmlArticleCleanup.clean(content, title);
        return HtmlText.of(content);
    }
}
